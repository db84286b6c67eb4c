package org.goldenthread.review;

import java.util.List;
import org.goldenthread.voice.RecordedView;
import org.goldenthread.web.Choice;
import org.goldenthread.web.Dates;
import org.goldenthread.web.TextRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The views a review may answer, as the review form's checkboxes: whose view and when, its first
 * words, and where it stands (how long it has waited).
 */
@Component
class ViewChoices {

  private static final int QUOTED = 120;

  private final MessageSource messages;
  private final Dates dates;

  ViewChoices(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  List<Choice> of(List<RecordedView> views) {
    return views.stream()
        .map(
            v ->
                Choice.of(
                    v.id().toString(),
                    message(
                        "review.form.viewsAnswered.item",
                        message("voice.whose." + v.whose()),
                        dates.date(v.recordedAt()),
                        TextRules.inShort(v.text(), QUOTED)),
                    message("voice.status." + v.status())
                        + ", "
                        + message(v.openLoop() ? "voice.age" : "voice.closedAfter", v.openDays())))
        .toList();
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}

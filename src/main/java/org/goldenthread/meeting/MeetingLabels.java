package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.Dates;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts from messages.properties for what the meeting pages build in Java. */
@Component
class MeetingLabels {

  private final MessageSource messages;
  private final Dates dates;

  MeetingLabels(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** The words for a choice ({@code prefix + value}); empty when there is none. */
  String choice(String prefix, Object value) {
    if (value == null || value.toString().isBlank()) {
      return "";
    }
    String name = value instanceof Enum<?> e ? e.name() : value.toString().strip();
    return messages.getMessage(prefix + name, null, name, LocaleContextHolder.getLocale());
  }

  /** Who someone is to the child: "Parent or carer", "Class teacher". */
  String role(Invitable person) {
    if (person.role() == null) {
      return "";
    }
    return choice("child.team.role.", person.role());
  }

  /** A date as typed in three boxes: as people read it when it is real, otherwise as typed. */
  String typed(DateInput date) {
    if (date == null || date.isBlank()) {
      return "";
    }
    return date.toLocalDate()
        .map(dates::date)
        .orElse(
            String.join(
                    " ",
                    Objects.toString(date.day(), ""),
                    Objects.toString(date.month(), ""),
                    Objects.toString(date.year(), ""))
                .strip());
  }

  /** Rows from pairs of label key and value, for "the changes you made". */
  List<SummaryRow> rows(String... keysAndValues) {
    List<SummaryRow> rows = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String value = keysAndValues[i + 1];
      rows.add(SummaryRow.of(text(keysAndValues[i]), value == null ? "" : value));
    }
    return rows;
  }
}

package org.goldenthread.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A due date explained in plain words: the rule, and what moved or may move the date. */
@Component
class DeadlineWording {

  private final MessageSource messages;

  DeadlineWording(MessageSource messages) {
    this.messages = messages;
  }

  /** The day as people read it: Monday 16 February 2026. */
  String day(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale()).format(day);
  }

  /** The rule with the dates filled in, then a sentence for each thing that shaped the date. */
  List<String> explain(
      DeadlineKind kind, DeadlineFacts facts, DueDate due, WorkingDays workingDays) {
    List<String> sentences = new ArrayList<>();
    sentences.add(text("deadline.rule." + kind, day(facts.on()), day(due.due())));
    for (DueNote note : DueNote.values()) {
      if (due.notes().contains(note)) {
        sentences.add(note(note, facts, due, workingDays));
      }
    }
    return sentences;
  }

  private String note(DueNote note, DeadlineFacts facts, DueDate due, WorkingDays workingDays) {
    String key = "deadline.note." + note;
    return switch (note) {
      case NOT_A_WORKING_DAY -> text(key, day(due.due()), day(due.nextWorkingDay()));
      case FROM_CERTIFICATE -> text(key, day(facts.certificateOn()));
      case UNDER_FIVE -> text(key, day(facts.on()));
      case CALENDAR_NOT_COVERED ->
          workingDays.lastYear() < workingDays.firstYear()
              ? text("deadline.note.CALENDAR_EMPTY")
              : text(
                  key,
                  String.valueOf(workingDays.firstYear()),
                  String.valueOf(workingDays.lastYear()));
      case POST_SIXTEEN, CHRISTMAS, AUGUST -> text(key);
    };
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}

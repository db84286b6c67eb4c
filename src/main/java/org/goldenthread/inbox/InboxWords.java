package org.goldenthread.inbox;

import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.web.Dates;
import org.goldenthread.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of inbox items' titles, from messages.properties, with dates as people read them. */
@Component
class InboxWords {

  private final MessageSource messages;
  private final Dates dates;

  InboxWords(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Language.current().locale());
  }

  String date(LocalDate date) {
    return dates.date(date);
  }

  String dateTime(Instant instant) {
    return dates.dateTime(instant);
  }

  /** "Decision whether to assess" as it reads inside a sentence: "decision whether to assess". */
  static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

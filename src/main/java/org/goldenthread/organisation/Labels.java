package org.goldenthread.organisation;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Texts from messages.properties for the few labels built in Java (summary rows, options). */
final class Labels {

  private Labels() {}

  static String text(MessageSource messages, String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** The label of a posted choice ({@code prefix + value}), or the value itself if unknown. */
  static String choice(MessageSource messages, String prefix, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale());
  }

  /** Summary rows from pairs of label key and value, for "the changes you made". */
  static List<SummaryRow> rows(MessageSource messages, String... keysAndValues) {
    List<SummaryRow> rows = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String value = keysAndValues[i + 1];
      rows.add(SummaryRow.of(text(messages, keysAndValues[i]), value == null ? "" : value));
    }
    return rows;
  }
}

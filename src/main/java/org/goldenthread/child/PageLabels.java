package org.goldenthread.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.goldenthread.web.Dates;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts from messages.properties for what the child pages build in Java (summary rows). */
@Component
class PageLabels {

  private final MessageSource messages;
  private final Dates dates;

  PageLabels(MessageSource messages, Dates dates) {
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

  String yesNo(boolean value) {
    return text("child.answer." + value);
  }

  String date(LocalDate date) {
    return dates.date(date);
  }

  /** A date as typed in three boxes: as people read it when it is real, otherwise as typed. */
  String typed(org.goldenthread.web.DateInput date) {
    if (date == null || date.isBlank()) {
      return "";
    }
    return date.toLocalDate()
        .map(dates::date)
        .orElse(
            String.join(
                    " ",
                    java.util.Objects.toString(date.day(), ""),
                    java.util.Objects.toString(date.month(), ""),
                    java.util.Objects.toString(date.year(), ""))
                .strip());
  }

  /** Language codes as words: "en, pl" becomes "English, Polish"; unknown codes stay as typed. */
  static String languages(List<String> codes) {
    return codes.stream()
        .map(
            code -> {
              String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
              return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
            })
        .collect(Collectors.joining(", "));
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

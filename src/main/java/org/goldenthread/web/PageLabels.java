package org.goldenthread.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts from messages.properties for what pages build in Java (summary rows, choices, dates as
 * typed), in the language of the request.
 */
@Component
public class PageLabels {

  private final MessageSource messages;
  private final Dates dates;

  public PageLabels(MessageSource messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  public String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** The words for a choice ({@code prefix + value}); empty when there is none. */
  public String choice(String prefix, Object value) {
    if (value == null || value.toString().isBlank()) {
      return "";
    }
    String name = value instanceof Enum<?> e ? e.name() : value.toString().strip();
    return messages.getMessage(prefix + name, null, name, LocaleContextHolder.getLocale());
  }

  public String date(LocalDate date) {
    return dates.date(date);
  }

  /** A date as typed in three boxes: as people read it when it is real, otherwise as typed. */
  public String typed(DateInput date) {
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

  /** Rows from pairs of label key and value, for "the changes you made". */
  public List<SummaryRow> rows(String... keysAndValues) {
    List<SummaryRow> rows = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String value = keysAndValues[i + 1];
      rows.add(SummaryRow.of(text(keysAndValues[i]), value == null ? "" : value));
    }
    return rows;
  }
}

package org.goldenthread.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kept copy of a record, read for its page whatever kinds of record it holds: a section per
 * top-level key (its heading from {@code transfer.copy.section.<key>}, or the key in words), an
 * object as a summary list, a list of objects as a table with a column for every field any of them
 * has. A field that holds more than a simple value is shown as its values in words.
 */
@Component
class CopySections {

  static final Set<String> ABOUT_THE_COPY = Set.of("schemaVersion", "exportedAt");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MessageSource messages;

  CopySections(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * One kind of record: either {@code fields} (one object) or {@code columns} with {@code rows}.
   */
  record Section(
      String key,
      String heading,
      List<SummaryRow> fields,
      List<String> columns,
      List<List<String>> rows) {

    public boolean table() {
      return columns != null;
    }

    public boolean empty() {
      return table() ? rows.isEmpty() : fields.isEmpty();
    }
  }

  List<Section> of(String json) {
    JsonNode record = JSON.readTree(json);
    List<Section> sections = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : record.properties()) {
      String key = entry.getKey();
      if (ABOUT_THE_COPY.contains(key)) {
        continue;
      }
      sections.add(section(key, entry.getValue()));
    }
    return sections;
  }

  /** When the copy was written, as the record says ({@code exportedAt}), or null. */
  String exportedAt(String json) {
    JsonNode at = JSON.readTree(json).get("exportedAt");
    return at == null || at.isNull() ? null : at.asString();
  }

  private Section section(String key, JsonNode value) {
    String heading = heading("transfer.copy.section." + key, key);
    if (value.isArray()) {
      Set<String> columns = new LinkedHashSet<>();
      value.forEach(item -> item.propertyNames().forEach(columns::add));
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode item : value) {
        if (item.isObject()) {
          rows.add(columns.stream().map(column -> text(item.get(column))).toList());
        } else {
          rows.add(List.of(text(item)));
          columns.add("value");
        }
      }
      List<String> headings =
          columns.stream().map(c -> heading("transfer.copy.field." + c, c)).toList();
      return new Section(key, heading, null, headings, pad(rows, headings.size()));
    }
    List<SummaryRow> fields = new ArrayList<>();
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        fields.add(
            SummaryRow.of(
                heading("transfer.copy.field." + field.getKey(), field.getKey()),
                text(field.getValue())));
      }
    } else {
      fields.add(SummaryRow.of(heading, text(value)));
    }
    return new Section(key, heading, fields, null, null);
  }

  private static List<List<String>> pad(List<List<String>> rows, int width) {
    return rows.stream()
        .map(
            row -> {
              List<String> padded = new ArrayList<>(row);
              while (padded.size() < width) {
                padded.add("");
              }
              return padded;
            })
        .toList();
  }

  /** A value in words: a simple value as it is, a list or object as its values joined. */
  static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    List<String> parts = new ArrayList<>();
    if (value.isObject()) {
      value.properties().forEach(e -> parts.add(humanised(e.getKey()) + ": " + text(e.getValue())));
    } else {
      value.forEach(item -> parts.add(text(item)));
    }
    return String.join("; ", parts);
  }

  private String heading(String messageKey, String key) {
    return messages.getMessage(messageKey, null, humanised(key), LocaleContextHolder.getLocale());
  }

  /** "annualReviews" as "Annual reviews". */
  static String humanised(String key) {
    String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
    String lower = spaced.toLowerCase(Locale.ROOT).strip();
    return lower.isEmpty() ? key : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}

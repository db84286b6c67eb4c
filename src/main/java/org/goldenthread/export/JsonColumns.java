package org.goldenthread.export;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored row as a JSON object with simple fields: column names in camelCase, ids and text as
 * strings, dates ({@code 2026-11-22}) and instants ({@code 2026-11-22T09:30:00Z}) in ISO-8601,
 * numbers and booleans as themselves, lists of codes as arrays of strings, and a stored JSON
 * snapshot as the object it is. Left out: file contents and search indexes (never about the child
 * in their own right), and the address of a family member whose address is withheld (a refuge).
 */
final class JsonColumns {

  private static final JsonMapper JSON = JsonMapper.shared();
  private static final Set<String> LEFT_OUT_TYPES = Set.of("bytea", "tsvector");
  static final String WITHHELD_ADDRESS = "address";
  static final String WITHHELD_FLAG = "address_withheld";

  private JsonColumns() {}

  /** The table's column names as record.json names them. */
  static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  static boolean leftOut(String typeName) {
    return LEFT_OUT_TYPES.contains(typeName);
  }

  /** Writes the current row of the result set as one object. */
  static void writeRow(JsonGenerator json, ResultSet row) throws SQLException {
    ResultSetMetaData columns = row.getMetaData();
    boolean withheld = hasColumn(columns, WITHHELD_FLAG) && row.getBoolean(WITHHELD_FLAG);
    json.writeStartObject();
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      String type = columns.getColumnTypeName(i);
      String column = columns.getColumnLabel(i);
      if (leftOut(type)) {
        continue;
      }
      json.writeName(camel(column));
      if (withheld && WITHHELD_ADDRESS.equals(column)) {
        json.writeNull();
      } else {
        writeValue(json, row, i, type);
      }
    }
    json.writeEndObject();
  }

  private static void writeValue(JsonGenerator json, ResultSet row, int i, String type)
      throws SQLException {
    Object value = row.getObject(i);
    if (value == null) {
      json.writeNull();
      return;
    }
    switch (type) {
      case "bool" -> json.writeBoolean(row.getBoolean(i));
      case "int2", "int4", "int8" -> json.writeNumber(row.getLong(i));
      case "numeric", "float4", "float8" -> json.writeNumber(row.getObject(i, BigDecimal.class));
      case "date" -> json.writeString(row.getObject(i, LocalDate.class).toString());
      case "timestamptz" ->
          json.writeString(row.getObject(i, OffsetDateTime.class).toInstant().toString());
      case "json", "jsonb" -> json.writeTree(JSON.readTree(row.getString(i)));
      default -> {
        if (value instanceof Array array) {
          json.writeStartArray();
          for (Object item : (Object[]) array.getArray()) {
            json.writeString(item == null ? null : item.toString());
          }
          json.writeEndArray();
        } else {
          json.writeString(row.getString(i));
        }
      }
    }
  }

  private static boolean hasColumn(ResultSetMetaData columns, String name) throws SQLException {
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      if (name.equals(columns.getColumnLabel(i))) {
        return true;
      }
    }
    return false;
  }
}

package org.goldenthread.export;

import java.io.OutputStream;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code record.schema.json}: a JSON Schema (draft 2020-12) of record.json, made from the tables
 * the record is read from, so that it always names the fields record.json holds, with their types
 * and whether they may be empty.
 */
@Component
class RecordSchema {

  static final String FILE_NAME = "record.schema.json";

  private final JdbcClient jdbc;

  RecordSchema(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(OutputStream out) {
    JsonMapper.shared()
        .writerWithDefaultPrettyPrinter()
        .writeValue(StreamUtils.nonClosing(out), schema());
  }

  ObjectNode schema() {
    JsonMapper json = JsonMapper.shared();
    ObjectNode schema = json.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "A child's whole record in Golden Thread");
    schema.put(
        "description",
        "Every kind of record held about the child: each key is a kind of record, each an array"
            + " of rows as they are stored (ids as strings, dates and instants in ISO-8601).");
    schema.put("type", "object");
    schema.putArray("required").add("schemaVersion").add("exportedAt").add("child");
    ObjectNode properties = schema.putObject("properties");
    properties
        .putObject("schemaVersion")
        .put("type", "integer")
        .put("const", ChildRecordJson.SCHEMA_VERSION);
    properties
        .putObject("exportedAt")
        .put("type", "string")
        .put("format", "date-time")
        .put("description", "When the copy was made.");
    ObjectNode child = row(json, "child");
    child.put("description", "The child's record: names, date of birth, school, SEN status.");
    properties.set("child", child);
    for (RecordSection section : RecordSections.ALL) {
      ObjectNode array = properties.putObject(section.key());
      array.put("type", "array");
      array.put("description", section.description());
      array.set("items", row(json, section.table()));
    }
    return schema;
  }

  private ObjectNode row(JsonMapper json, String table) {
    ObjectNode row = json.createObjectNode();
    row.put("type", "object");
    ObjectNode fields = row.putObject("properties");
    List<Column> columns =
        jdbc.sql(
                """
                select column_name, udt_name, is_nullable = 'YES' as nullable
                from information_schema.columns
                where table_schema = current_schema() and table_name = ?
                order by ordinal_position
                """)
            .param(table)
            .query(Column.class)
            .list();
    for (Column column : columns) {
      if (JsonColumns.leftOut(column.udtName())) {
        continue;
      }
      ObjectNode field = fields.putObject(JsonColumns.camel(column.columnName()));
      type(field, column);
    }
    return row;
  }

  private static void type(ObjectNode field, Column column) {
    String type =
        switch (column.udtName()) {
          case "bool" -> "boolean";
          case "int2", "int4", "int8" -> "integer";
          case "numeric", "float4", "float8" -> "number";
          case "json", "jsonb" -> "object";
          default -> column.udtName().startsWith("_") ? "array" : "string";
        };
    if (column.nullable()) {
      field.putArray("type").add(type).add("null");
    } else {
      field.put("type", type);
    }
    switch (column.udtName()) {
      case "uuid" -> field.put("format", "uuid");
      case "date" -> field.put("format", "date");
      case "timestamptz" -> field.put("format", "date-time");
      default -> {
        if ("array".equals(type)) {
          field.putObject("items").put("type", "string");
        }
      }
    }
  }

  /** A column as information_schema describes it. */
  record Column(String columnName, String udtName, boolean nullable) {}
}

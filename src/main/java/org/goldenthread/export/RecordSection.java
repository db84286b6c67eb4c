package org.goldenthread.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One kind of record in {@code record.json}: its key, the table it is read from, and how the
 * child's rows are found (the table's own {@code child_id}, or the row it belongs to). The rows are
 * written as they are stored, every column but the few named in {@link JsonColumns}.
 *
 * @param key the top-level key in record.json (camelCase)
 * @param table the table read (every column of it)
 * @param parent for a table without {@code child_id}: the parent table and the column naming it
 * @param orderBy the order rows are written in (columns of the table), or null for any order
 * @param description what the section holds, for record.schema.json
 */
record RecordSection(String key, String table, Parent parent, String orderBy, String description) {

  /** A table whose rows belong to a row of another table that has {@code child_id}. */
  record Parent(String table, String column) {}

  static RecordSection of(String key, String table, String orderBy, String description) {
    return new RecordSection(key, table, null, orderBy, description);
  }

  static RecordSection under(
      String key, String table, String parent, String column, String description) {
    return new RecordSection(key, table, new Parent(parent, column), null, description);
  }

  /** The query for the child's rows, with one parameter: the child's id. */
  String sql() {
    String order = orderBy == null ? "" : " order by " + orderBy;
    if (parent == null) {
      return "select t.* from " + table + " t where t.child_id = ?" + order;
    }
    return "select t.* from "
        + table
        + " t join "
        + parent.table()
        + " p on p.id = t."
        + parent.column()
        + " where p.child_id = ?"
        + order;
  }

  /**
   * Every table about a child (with {@code child_id}, or rows of one that has) deliberately not in
   * record.json, with the reason. The completeness test fails for a table with {@code child_id}
   * that is neither here nor in {@link RecordSections#ALL}.
   */
  static final Map<String, String> NOT_IN_RECORD =
      Map.of(
          // The audit trail is its own file in the ZIP (audit-log.csv), in the shape the audit
          // page shows.
          "child_audit",
          "written to audit-log.csv",
          // Each person's own notification list: pointers to records already in record.json,
          // about the recipient's work rather than the child.
          "inbox_item",
          "notifications of the people who work with the child",
          // The uploaded files themselves: written beside record.json, under documents/.
          "document_content",
          "the files, in the ZIP under documents/");

  static Stream<String> tablesIn(List<RecordSection> sections) {
    return sections.stream().map(RecordSection::table);
  }
}

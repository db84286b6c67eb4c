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
record RecordSection(
    String key, String table, Parent parent, String orderBy, String description, String withheld) {

  /** A table whose rows belong to a row of another table that has {@code child_id}. */
  record Parent(String table, String column) {}

  /** Where {@link #withheld} names the reader: their id, or null for a copy with no one reader. */
  static final String READER = "cast(:reader as uuid)";

  static RecordSection of(String key, String table, String orderBy, String description) {
    return new RecordSection(key, table, null, orderBy, description, null);
  }

  static RecordSection under(
      String key, String table, String parent, String column, String description) {
    return new RecordSection(key, table, new Parent(parent, column), null, description, null);
  }

  /**
   * The same section without the rows the product keeps from this reader ({@code t} the row, {@code
   * p} its parent, {@link #READER} the reader): what its author meant for a few people only (a note
   * for the meeting's chair), or what is about the reader themselves (a disagreement about a member
   * of staff). The copy goes no further than the record does.
   */
  RecordSection withheldWhen(String condition) {
    return new RecordSection(key, table, parent, orderBy, description, condition);
  }

  /** The query for the child's rows, with the parameters {@code child} and {@code reader}. */
  String sql() {
    String order = orderBy == null ? "" : " order by " + orderBy;
    String kept = withheld == null ? "" : " and not (" + withheld + ")";
    if (parent == null) {
      return "select t.* from " + table + " t where t.child_id = :child" + kept + order;
    }
    return "select t.* from "
        + table
        + " t join "
        + parent.table()
        + " p on p.id = t."
        + parent.column()
        + " where p.child_id = :child"
        + kept
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
          "the files, in the ZIP under documents/",
          // What a school left behind keeps of the record after a move: the record itself again,
          // as it stood on the move's day.
          "transfer_copy",
          "the record as a school left behind keeps it, a copy of what record.json holds");

  static Stream<String> tablesIn(List<RecordSection> sections) {
    return sections.stream().map(RecordSection::table);
  }
}

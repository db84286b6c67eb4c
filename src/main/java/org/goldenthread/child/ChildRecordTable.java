package org.goldenthread.child;

import java.util.regex.Pattern;

/**
 * Where another module keeps records about children: its table (each row with a {@code child_id})
 * and which rows count, as a condition on the row {@code r}. The door asks it which children have
 * such records within what the person sees, in one statement and without reading a child's row.
 * Both parts are the module's own constants, never anything typed by a person.
 */
public record ChildRecordTable(String table, String rowsThatCount) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");

  public ChildRecordTable {
    if (!NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
  }

  /** Every row of the table. */
  public static ChildRecordTable of(String table) {
    return new ChildRecordTable(table, "true");
  }

  /** Only the rows meeting the condition, written on the row {@code r}. */
  public ChildRecordTable where(String condition) {
    return new ChildRecordTable(table, condition);
  }
}

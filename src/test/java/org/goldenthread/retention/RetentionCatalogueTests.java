package org.goldenthread.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deleting a child deletes everything about it, read from the database's own catalogue so that it
 * stays true as tables are added: every table that holds a child's id links it to the child, and no
 * foreign key into the child's data (the child, and every table reached from it through foreign
 * keys) would refuse the deletion or leave a row pointing at nothing.
 */
@IntegrationTest
class RetentionCatalogueTests {

  @Autowired JdbcTemplate jdbc;

  /** One foreign key: the table and its columns, the table they point at, what a delete does. */
  record ForeignKey(
      String table, String columns, String references, String onDelete, boolean nullable) {}

  @Test
  void noForeignKeyIntoAChildsDataBlocksOrOrphansItsDeletion() {
    List<ForeignKey> keys = foreignKeys();
    Set<String> childData = childData(keys);
    assertThat(childData)
        .contains(
            "child",
            "meeting",
            "document",
            "document_content",
            "message_read",
            "child_audit",
            "ehc_assessment_event",
            "family_invitation");

    assertThat(keys)
        .filteredOn(key -> childData.contains(key.references()))
        .allSatisfy(
            key ->
                assertThat(
                        key.onDelete().equals("CASCADE")
                            || (key.onDelete().equals("SET NULL") && key.nullable()))
                    .as(
                        "%s(%s) references %s on delete %s: a child's deletion would be refused",
                        key.table(), key.columns(), key.references(), key.onDelete())
                    .isTrue());
  }

  @Test
  void everyTableHoldingAChildsIdLinksItToTheChild() {
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.columns c"
                + " join information_schema.tables t using (table_schema, table_name)"
                + " where c.table_schema = 'public' and c.column_name = 'child_id'"
                + " and t.table_type = 'BASE TABLE'",
            String.class);
    List<ForeignKey> keys = foreignKeys();

    assertThat(tables).isNotEmpty();
    assertThat(tables)
        .allSatisfy(
            table ->
                assertThat(keys)
                    .as(
                        "%s.child_id has no foreign key to child: its rows would be orphaned",
                        table)
                    .anyMatch(
                        key ->
                            key.table().equals(table)
                                && key.columns().equals("child_id")
                                && key.references().equals("child")
                                && key.onDelete().equals("CASCADE")));
  }

  /** The child, and every table with a foreign key into the child's data, again and again. */
  private static Set<String> childData(List<ForeignKey> keys) {
    Set<String> tables = new HashSet<>(Set.of("child"));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ForeignKey key : keys) {
        if (tables.contains(key.references()) && tables.add(key.table())) {
          grew = true;
        }
      }
    }
    return tables;
  }

  private List<ForeignKey> foreignKeys() {
    return jdbc.query(
        """
        select tc.table_name, ccu.table_name as referenced, rc.delete_rule,
               string_agg(kcu.column_name, ',' order by kcu.ordinal_position) as columns,
               bool_and(c.is_nullable = 'YES') as nullable
        from information_schema.table_constraints tc
        join information_schema.referential_constraints rc
          on rc.constraint_schema = tc.constraint_schema and rc.constraint_name = tc.constraint_name
        join information_schema.key_column_usage kcu
          on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
        join information_schema.columns c
          on c.table_schema = kcu.table_schema and c.table_name = kcu.table_name
         and c.column_name = kcu.column_name
        join (select distinct constraint_schema, constraint_name, table_name
              from information_schema.constraint_column_usage) ccu
          on ccu.constraint_schema = tc.constraint_schema and ccu.constraint_name = tc.constraint_name
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'
        group by tc.table_name, tc.constraint_name, ccu.table_name, rc.delete_rule
        """,
        (row, n) ->
            new ForeignKey(
                row.getString("table_name"),
                row.getString("columns"),
                row.getString("referenced"),
                row.getString("delete_rule"),
                row.getBoolean("nullable")));
  }
}

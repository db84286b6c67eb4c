package org.goldenthread.child;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which children of some schools, or of some children seen one by one, have records in a table: one
 * statement, joined to the child's school in the database, so the answer grows with the records of
 * the schools asked about and never with anyone else's.
 */
@Component
class ChildrenWithRecords {

  private final JdbcClient jdbc;

  ChildrenWithRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param schools not empty
   */
  Set<UUID> in(ChildRecordTable records, Set<UUID> schools, Set<UUID> children) {
    String sql =
        "select distinct r.child_id from "
            + records.table()
            + " r join child c on c.id = r.child_id where ("
            + records.rowsThatCount()
            + ") and (c.school_id in (:schools)"
            + (children.isEmpty() ? ")" : " or c.id in (:children))");
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param("schools", schools);
    if (!children.isEmpty()) {
      statement = statement.param("children", children);
    }
    return new HashSet<>(statement.query(UUID.class).list());
  }
}

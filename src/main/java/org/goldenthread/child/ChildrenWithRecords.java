package org.goldenthread.child;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.goldenthread.web.OncePerPageView;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which children of some schools, or of some children seen one by one, have records in some tables:
 * one statement for all the tables asked, each joined in the database to the children of those
 * schools (found once, for all the tables), so the answer grows with the records of the schools
 * asked about and never with anyone else's.
 *
 * <p>A page that asks about one table usually asks about the others too (a SENCO's home asks about
 * each kind of record that carries deadlines: actions, concerns, requests, …). So the tables asked
 * about since the app started are remembered (a handful of constants of the modules), and a page
 * view's first question asks about all of them at once.
 */
@Component
class ChildrenWithRecords {

  private final JdbcClient jdbc;
  private final Set<ChildRecordTable> asked = ConcurrentHashMap.newKeySet();

  ChildrenWithRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The tables to ask about with this one: in a page view, every table asked about before too;
   * otherwise this one alone.
   */
  List<ChildRecordTable> askedWith(ChildRecordTable records) {
    asked.add(records);
    return OncePerPageView.active() ? List.copyOf(asked) : List.of(records);
  }

  /**
   * @param schools not empty
   * @return the children with records, by table (every table asked is a key)
   */
  Map<ChildRecordTable, Set<UUID>> in(
      Collection<ChildRecordTable> tables, Set<UUID> schools, Set<UUID> children) {
    List<ChildRecordTable> ordered = List.copyOf(tables);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      ChildRecordTable records = ordered.get(i);
      parts.add(
          "select "
              + i
              + " as asked, r.child_id from "
              + records.table()
              + " r join seen on seen.id = r.child_id where ("
              + records.rowsThatCount()
              + ")");
    }
    String seen =
        "with seen as materialized (select c.id from child c where c.school_id in (:schools)"
            + (children.isEmpty() ? ") " : " or c.id in (:children)) ");
    JdbcClient.StatementSpec statement =
        jdbc.sql(seen + String.join(" union ", parts)).param("schools", schools);
    if (!children.isEmpty()) {
      statement = statement.param("children", children);
    }
    Map<ChildRecordTable, Set<UUID>> found = new HashMap<>();
    ordered.forEach(records -> found.put(records, new HashSet<>()));
    RowCallbackHandler byTable =
        row -> found.get(ordered.get(row.getInt(1))).add(row.getObject(2, UUID.class));
    statement.query(byTable);
    return found;
  }
}

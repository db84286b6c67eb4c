package org.goldenthread.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of one table deleted some time after a moment of their own: {@code due} is a condition on
 * the row with {@code :cutoff}, that moment less the period kept; {@code id} is the row's key as
 * text. Nothing from outside reaches the SQL: every rule is written in {@link Rules}.
 */
record TableRule(
    String key, String table, String id, String due, Period period, ZoneId zone, JdbcClient jdbc)
    implements Rule {

  private static final int BATCH = 1000;

  @Override
  public Keep keep() {
    return new Keep(period, null);
  }

  @Override
  public List<String> candidates(Instant now) {
    Instant cutoff = now.atZone(zone).minus(period).toInstant();
    return jdbc.sql("select " + id + " from " + table + " where " + due + " order by 1")
        .param("cutoff", Timestamp.from(cutoff))
        .query(String.class)
        .list();
  }

  @Override
  public void delete(List<String> ids) {
    for (int from = 0; from < ids.size(); from += BATCH) {
      jdbc.sql("delete from " + table + " where " + id + " in (:ids)")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .update();
    }
  }
}

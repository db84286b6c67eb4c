package org.goldenthread.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The few demo facts no service sets (a demo account linked to a parent, a date in the past), put
 * straight into the tables. The whole demo is one transaction: what the services have written is
 * flushed first, and read again afterwards, so the SQL and the entities always agree.
 */
@Component
class DemoSql {

  @PersistenceContext private EntityManager entities;
  private final JdbcTemplate jdbc;

  DemoSql(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void update(String sql, Object... arguments) {
    entities.flush();
    jdbc.update(sql, arguments);
    entities.clear();
  }

  /** One number, read after what the services have written is flushed. */
  long number(String sql, Object... arguments) {
    entities.flush();
    Long number = jdbc.queryForObject(sql, Long.class, arguments);
    return number == null ? 0 : number;
  }
}

package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app's connections keep one plan per statement instead of planning most statements again each
 * time they run (README, "The database").
 */
@IntegrationTest
class StatementPlansTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void everyConnectionOfTheAppPlansEachStatementOnce() {
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
        .isEqualTo("force_generic_plan");
  }
}

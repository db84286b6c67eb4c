package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An old record past its retention, so that the administrator's retention page has something to
 * show: a former pupil of Meadow Park School who turned 26 this year (past the end of the school
 * year in which they turned 25), with a line of their one-page profile. The demo's daily run is off
 * ({@code goldenthread.retention.cron=-}), so the record goes only when the administrator runs
 * retention; it is written again on the next start, as every demo step does what is missing.
 */
@Component
@Order(13)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoRetention implements DemoStep {

  private final DemoSql sql;
  private final Clock clock;

  DemoRetention(DemoSql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (sql.number("select count(*) from child where id = md5('demo-retention-child')::uuid") > 0
        || sql.number("select count(*) from school where urn = ?", DemoOverview.URN) == 0) {
      return;
    }
    LocalDate born = LocalDate.now(clock).minusYears(26).withDayOfYear(1);
    sql.update(
        """
        insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                           sen_status, primary_need, home_languages, interpreter_needed,
                           created_at, updated_at)
        select md5('demo-retention-child')::uuid, 'Owen', 'Hartley', ?, id, '11', 'N', null,
               'ENG', false, now(), now()
        from school where urn = ?
        """,
        born,
        DemoOverview.URN);
    sql.update(
        """
        insert into profile_section (child_id, section, body, author_name, written_at)
        values (md5('demo-retention-child')::uuid, 'LIKE_AND_ADMIRE',
                'Owen made the best models in the design workshop.', 'Meadow Park School', now())
        """);
  }
}

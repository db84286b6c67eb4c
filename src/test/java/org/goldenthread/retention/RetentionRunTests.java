package org.goldenthread.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real run on the real database, over generated children of many ages and operational rows of
 * many dates: it deletes exactly what the dry run listed, leaves nothing of a deleted child in any
 * table, audits every deletion, and runs once a day however many callers start it together.
 */
@IntegrationTest
class RetentionRunTests {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  @Autowired RetentionRuns runs;
  @Autowired JdbcTemplate jdbc;

  private RetentionData data;
  private Instant now;
  private LocalDate schoolYear;

  @BeforeEach
  void aDayNotRunYet() {
    data = new RetentionData(jdbc);
    now = Instant.now();
    schoolYear = ChildRecords.schoolYearStart(LocalDate.ofInstant(now, ENGLAND));
    jdbc.update("delete from retention_run where run_on = ?", LocalDate.ofInstant(now, ENGLAND));
  }

  @Test
  void theDryRunListsExactlyWhatTheRealRunDeletes() {
    // Due: turned 25 the day before this school year began, or long ago.
    UUID justDue = data.child(schoolYear.minusYears(25).minusDays(1), false);
    UUID longDue = data.child(schoolYear.minusYears(31), true);
    // Not due: turned 25 on the first day of this school year, or is 24, or is 8.
    UUID turned25 = data.child(schoolYear.minusYears(25), false);
    UUID aged24 = data.child(LocalDate.ofInstant(now, ENGLAND).minusYears(24), true);
    UUID aged8 = data.child(LocalDate.ofInstant(now, ENGLAND).minusYears(8), false);
    data.childAudit(aged8, now.atZone(ENGLAND).minusYears(6).minusDays(1).toInstant());
    long oldAudit = data.auditEntry(now.atZone(ENGLAND).minusYears(7).toInstant());
    long recentAudit = data.auditEntry(now.atZone(ENGLAND).minusYears(5).toInstant());
    UUID oldMail = data.outbox(now.minus(31, ChronoUnit.DAYS));
    UUID recentMail = data.outbox(now.minus(29, ChronoUnit.DAYS));
    UUID expired = data.invitation(now.minus(40, ChronoUnit.DAYS), "TEACHER");
    UUID stillOpen = data.invitation(now.minus(2, ChronoUnit.DAYS), "TEACHER");

    List<RuleReport> dryRun = runs.dryRun(now);
    Map<String, List<String>> dry = records(dryRun);
    assertThat(dry.get("children"))
        .contains(justDue.toString(), longDue.toString())
        .doesNotContain(turned25.toString(), aged24.toString(), aged8.toString());
    assertThat(dry.get("audit-log"))
        .contains(String.valueOf(oldAudit))
        .doesNotContain(String.valueOf(recentAudit));
    assertThat(dry.get("child-audit")).isNotEmpty();
    assertThat(dry.get("outbox"))
        .contains(oldMail.toString())
        .doesNotContain(recentMail.toString());
    assertThat(dry.get("invitations"))
        .contains(expired.toString())
        .doesNotContain(stillOpen.toString());

    List<RuleReport> real = runs.run(now, RetentionRuns.Trigger.SCHEDULE).orElseThrow();

    assertThat(real).isEqualTo(dryRun);
    assertThat(runs.dryRun(now)).allSatisfy(rule -> assertThat(rule.records()).isEmpty());
    assertThat(count("select count(*) from child where id in (?, ?)", justDue, longDue)).isZero();
    assertThat(count("select count(*) from child where id in (?, ?, ?)", turned25, aged24, aged8))
        .isEqualTo(3);
    assertThat(count("select count(*) from audit_event where id = ?", oldAudit)).isZero();
    assertThat(count("select count(*) from audit_event where id = ?", recentAudit)).isOne();
    assertThat(count("select count(*) from outbox_message where id = ?", oldMail)).isZero();
    assertThat(count("select count(*) from outbox_message where id = ?", recentMail)).isOne();
    assertThat(count("select count(*) from invitation where id = ?", expired)).isZero();
    assertThat(count("select count(*) from invitation where id = ?", stillOpen)).isOne();
    assertThat(runs.history(1).get(0).deleted())
        .isEqualTo(real.stream().collect(Collectors.toMap(RuleReport::rule, RuleReport::count)));
  }

  @Test
  void nothingOfADeletedChildRemainsInAnyTable() {
    UUID due = data.child(schoolYear.minusYears(27), true);
    UUID kept = data.child(schoolYear.minusYears(20), false);
    UUID account = jdbc.queryForObject("select user_id from child where id = ?", UUID.class, due);
    UUID invitation =
        jdbc.queryForObject(
            "select invitation_id from family_invitation where child_id = ?", UUID.class, due);

    runs.run(now, RetentionRuns.Trigger.SCHEDULE).orElseThrow();

    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.columns"
                + " where table_schema = 'public' and column_name = 'child_id'",
            String.class);
    assertThat(tables).contains("child_audit", "meeting", "document", "message", "inbox_item");
    for (String table : tables) {
      assertThat(count("select count(*) from " + table + " where child_id = ?", due))
          .as(table)
          .isZero();
    }
    assertThat(count("select count(*) from child where id = ?", due)).isZero();
    assertThat(count("select count(*) from app_user where id = ?", account)).isZero();
    assertThat(
            count(
                "select count(*) from document_content c where not exists"
                    + " (select 1 from document d where d.id = c.document_id)",
                null))
        .isZero();
    assertThat(count("select count(*) from invitation where id = ?", invitation)).isZero();
    for (String table : List.of("meeting", "document", "message", "child_audit", "family_member")) {
      assertThat(count("select count(*) from " + table + " where child_id = ?", kept))
          .as(table)
          .isPositive();
    }
  }

  @Test
  void everyDeletionIsAuditedWithTheChildsIdAlone() {
    UUID first = data.child(schoolYear.minusYears(26), false);
    UUID second = data.child(schoolYear.minusYears(28), false);
    data.outbox(now.minus(60, ChronoUnit.DAYS));
    long before = count("select coalesce(max(id), 0) from audit_event", null);

    List<RuleReport> real = runs.run(now, RetentionRuns.Trigger.SCHEDULE).orElseThrow();

    List<Map<String, Object>> entries =
        jdbc.queryForList(
            "select action, actor_name, what from audit_event where id > ? order by id", before);
    int children = records(real).get("children").size();
    assertThat(entries)
        .filteredOn(entry -> entry.get("what").toString().contains("(rule children)"))
        .hasSize(children)
        .extracting(entry -> entry.get("what"))
        .contains(
            "Retention deleted the record of child "
                + first
                + " and everything about it (rule"
                + " children)",
            "Retention deleted the record of child "
                + second
                + " and everything about it (rule"
                + " children)");
    int mails = records(real).get("outbox").size();
    assertThat(entries)
        .extracting(entry -> entry.get("what"))
        .contains("Retention deleted " + mails + " records (rule outbox)");
    assertThat(entries)
        .allSatisfy(
            entry -> {
              assertThat(entry.get("action")).isEqualTo("DELETE");
              assertThat(entry.get("actor_name")).isEqualTo("Golden Thread");
              assertThat(entry.get("what").toString()).doesNotContain("Probe", "Pat");
            });
  }

  @Test
  void twoInstancesStartingTogetherRunItOnce() throws Exception {
    UUID due = data.child(schoolYear.minusYears(30), false);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Optional<List<RuleReport>>> instance =
        () -> {
          start.await();
          return runs.run(now, RetentionRuns.Trigger.SCHEDULE);
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Optional<List<RuleReport>>> one = pool.submit(instance);
      Future<Optional<List<RuleReport>>> other = pool.submit(instance);
      start.countDown();
      List<Optional<List<RuleReport>>> results = List.of(one.get(), other.get());

      assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
      assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
      assertThat(count("select count(*) from child where id = ?", due)).isZero();
      assertThat(
              count(
                  "select count(*) from audit_event where what like ?", "%child " + due + " and%"))
          .isOne();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, List<String>> records(List<RuleReport> reports) {
    return reports.stream().collect(Collectors.toMap(RuleReport::rule, RuleReport::records));
  }

  private long count(String sql, Object... arguments) {
    Object[] given = arguments == null ? new Object[0] : arguments;
    Long found = jdbc.queryForObject(sql, Long.class, given);
    return found == null ? 0 : found;
  }
}

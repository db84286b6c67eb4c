package org.goldenthread.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dry run and the real run, over the same {@link Rules}. A real run claims its day in {@code
 * retention_run} (an insert that does nothing when the day is claimed) and deletes in the same
 * transaction: a second instance starting at the same moment waits for the first one's claim, finds
 * the day taken and does nothing; a run that fails leaves the day unclaimed.
 */
@Component
class RetentionRuns {

  /** Who started a run. */
  enum Trigger {
    SCHEDULE,
    ADMINISTRATOR
  }

  private final Rules rules;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final TransactionTemplate reading;
  private final Clock clock;

  RetentionRuns(
      Rules rules,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rules = rules;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.clock = clock;
  }

  /** What a run would delete at that moment, rule by rule; deletes nothing. */
  List<RuleReport> dryRun(Instant now) {
    return reading.execute(
        status ->
            rules.all().stream()
                .map(rule -> new RuleReport(rule.key(), rule.keep(), rule.candidates(now)))
                .toList());
  }

  /**
   * The run of the day of that moment: what it deleted, rule by rule; empty when the day's run was
   * claimed already (by this instance or another).
   */
  Optional<List<RuleReport>> run(Instant now, Trigger trigger) {
    return transaction.execute(
        status ->
            claim(now, trigger) ? Optional.of(apply(now)) : Optional.<List<RuleReport>>empty());
  }

  private boolean claim(Instant now, Trigger trigger) {
    return jdbc.sql(
                """
                insert into retention_run (run_on, started_at, trigger) values (?, ?, ?)
                on conflict do nothing
                """)
            .params(day(now), Timestamp.from(now), trigger.name())
            .update()
        == 1;
  }

  private List<RuleReport> apply(Instant now) {
    // The audit logs' triggers let this transaction, and only it, delete their entries.
    jdbc.sql("select set_config('goldenthread.retention', 'on', true)").query().singleValue();
    List<RuleReport> done = new ArrayList<>();
    for (Rule rule : rules.all()) {
      List<String> ids = rule.candidates(now);
      rule.delete(ids);
      announce(rule, ids);
      jdbc.sql("insert into retention_run_rule (run_on, rule, deleted) values (?, ?, ?)")
          .params(day(now), rule.key(), ids.size())
          .update();
      done.add(new RuleReport(rule.key(), rule.keep(), ids));
    }
    jdbc.sql("update retention_run set finished_at = ? where run_on = ?")
        .params(Timestamp.from(clock.instant()), day(now))
        .update();
    return done;
  }

  /** One audit entry for each child's record, one for the other records of a rule. */
  private void announce(Rule rule, List<String> ids) {
    if (rule instanceof ChildRecords) {
      ids.forEach(
          id -> events.publishEvent(new RetentionDeleted(rule.key(), UUID.fromString(id), 1)));
    } else if (!ids.isEmpty()) {
      events.publishEvent(new RetentionDeleted(rule.key(), null, ids.size()));
    }
  }

  /** The latest runs, newest first, with what each deleted. */
  List<PastRun> history(int limit) {
    Map<LocalDate, Map<String, Integer>> deleted = new LinkedHashMap<>();
    jdbc.sql(
            """
            select r.run_on, r.rule, r.deleted from retention_run_rule r
            where r.run_on in (select run_on from retention_run order by run_on desc limit ?)
            """)
        .param(limit)
        .query(
            (row, n) ->
                deleted
                    .computeIfAbsent(
                        row.getObject(1, LocalDate.class), day -> new LinkedHashMap<>())
                    .put(row.getString(2), row.getInt(3)))
        .list();
    return jdbc.sql(
            "select run_on, started_at, finished_at, trigger from retention_run"
                + " order by run_on desc limit ?")
        .param(limit)
        .query(
            (row, n) -> {
              LocalDate day = row.getObject(1, LocalDate.class);
              Timestamp finished = row.getTimestamp(3);
              return new PastRun(
                  day,
                  row.getTimestamp(2).toInstant(),
                  finished == null ? null : finished.toInstant(),
                  row.getString(4),
                  deleted.getOrDefault(day, Map.of()));
            })
        .list();
  }

  private LocalDate day(Instant now) {
    return LocalDate.ofInstant(now, clock.getZone());
  }
}

package org.goldenthread.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every read and every change of a child's record: who, in what role, when and what part. A
 * change is written in its own transaction, so that it cannot happen unrecorded. What happened is
 * kept in English and as its message key and arguments, for each reader's language.
 */
@Component
class ChildRecordAudit {

  private final JdbcTemplate jdbc;
  private final HappenedWords words;
  private final Clock clock;

  ChildRecordAudit(JdbcTemplate jdbc, HappenedWords words, Clock clock) {
    this.jdbc = jdbc;
    this.words = words;
    this.clock = clock;
  }

  /**
   * A read is recorded as it happens, in one statement: in the transaction of the work that read,
   * when there is one, and on its own otherwise (a page's record read before the page's own
   * transaction begins).
   */
  @EventListener
  void on(ChildRecordRead read) {
    Happened happened = Happened.of("audit.what.read", Happened.words(read.part()));
    jdbc.update(
        INSERT,
        row(read.childId(), read.actorId(), read.actorName(), read.role(), "READ", happened));
  }

  /**
   * A change is recorded when its transaction commits (nothing when it rolls back). The changes of
   * one transaction are written together, in one batch just before it commits: an import of 2,000
   * pupils records 2,000 changes without 2,000 round trips.
   */
  @EventListener
  void on(ChildRecordChanged change) {
    Object[] row =
        row(
            change.childId(),
            change.actorId(),
            change.actorName(),
            change.role(),
            change.action().name(),
            change.what());
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      jdbc.update(INSERT, row);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> pending = (List<Object[]>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<Object[]> rows = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, rows);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              jdbc.batchUpdate(INSERT, rows);
              rows.clear();
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(ChildRecordAudit.this);
            }
          });
      pending = rows;
    }
    pending.add(row);
  }

  private Object[] row(
      UUID childId,
      UUID actorId,
      String actorName,
      Relationship role,
      String action,
      Happened what) {
    return new Object[] {
      childId,
      java.sql.Timestamp.from(clock.instant()),
      actorId,
      actorName,
      role.name(),
      action,
      words.inEnglish(what),
      what.key(),
      StoredArguments.stored(what.arguments())
    };
  }

  private static final String INSERT =
      "insert into child_audit"
          + " (child_id, occurred_at, actor_id, actor_name, role, action, what, what_key, what_args)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
}

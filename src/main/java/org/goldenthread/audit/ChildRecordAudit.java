package org.goldenthread.audit;

import java.time.Clock;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every read and every change of a child's record: who, in what role, when and what part. A
 * change is written in its own transaction, so that it cannot happen unrecorded.
 */
@Component
class ChildRecordAudit {

  private final ChildAuditRepository entries;
  private final Clock clock;

  ChildRecordAudit(ChildAuditRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  void on(ChildRecordRead read) {
    entries.save(
        new ChildAuditEntry(
            read.childId(),
            clock.instant(),
            read.actorId(),
            read.actorName(),
            read.role().name(),
            "READ",
            "Looked at the " + read.part()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(ChildRecordChanged change) {
    entries.save(
        new ChildAuditEntry(
            change.childId(),
            clock.instant(),
            change.actorId(),
            change.actorName(),
            change.role().name(),
            change.action().name(),
            change.what()));
  }
}

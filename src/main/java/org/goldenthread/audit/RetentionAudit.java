package org.goldenthread.audit;

import org.goldenthread.retention.RetentionDeleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits every deletion by retention in the transaction that deletes: a child's record by the
 * child's id alone, other records by their rule and number. By the administrator who ran it, or by
 * the service for the daily run.
 */
@Component
class RetentionAudit {

  static final String SERVICE = "Golden Thread";

  private final AuditLog log;

  RetentionAudit(AuditLog log) {
    this.log = log;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(RetentionDeleted event) {
    log.recordOrByService(
        AuditAction.DELETE,
        event.childId() != null
            ? "Retention deleted the record of child "
                + event.childId()
                + " and everything about it (rule "
                + event.rule()
                + ")"
            : "Retention deleted " + event.count() + " records (rule " + event.rule() + ")",
        SERVICE);
  }
}

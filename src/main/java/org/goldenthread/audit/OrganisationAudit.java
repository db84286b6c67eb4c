package org.goldenthread.audit;

import org.goldenthread.organisation.OrganisationChanged;
import org.goldenthread.organisation.OrganisationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Audits the administrators' changes to authorities, schools and services. */
@Component
class OrganisationAudit {

  private final AuditLog log;

  OrganisationAudit(AuditLog log) {
    this.log = log;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(OrganisationCreated event) {
    log.record(AuditAction.CREATE, "Set up " + describe(event.kind()) + " " + event.name());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(OrganisationChanged event) {
    log.record(AuditAction.UPDATE, "Changed " + describe(event.kind()) + " " + event.name());
  }

  private static String describe(Object kind) {
    return kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

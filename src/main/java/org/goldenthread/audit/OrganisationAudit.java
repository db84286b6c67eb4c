package org.goldenthread.audit;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.organisation.OrganisationChanged;
import org.goldenthread.organisation.OrganisationCreated;
import org.goldenthread.organisation.SchoolSettings;
import org.goldenthread.organisation.SchoolSettingsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits the administrators' changes to authorities, schools and services, and a school's changes
 * to its own settings (each setting changed, from what to what).
 */
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

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(SchoolSettingsChanged event) {
    SchoolSettings before = event.before();
    SchoolSettings after = event.after();
    List<String> changes = new ArrayList<>();
    change(
        changes,
        "school days to answer a request",
        before.requestAnswerDays(),
        after.requestAnswerDays());
    change(
        changes,
        "school days to respond to evidence",
        before.evidenceResponseDays(),
        after.evidenceResponseDays());
    change(
        changes,
        "weeks before a family counts as out of touch",
        before.contactLapseWeeks(),
        after.contactLapseWeeks());
    change(
        changes,
        "age from which a pupil may be invited to an account of their own",
        before.childAccountMinAge(),
        after.childAccountMinAge());
    if (event.termsChanged()) {
      changes.add("term dates");
    }
    log.record(
        AuditAction.UPDATE,
        "Changed the settings of school " + event.schoolName() + ": " + String.join("; ", changes));
  }

  private static void change(List<String> changes, String what, int before, int after) {
    if (before != after) {
      changes.add(what + " from " + before + " to " + after);
    }
  }

  private static String describe(Object kind) {
    return kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

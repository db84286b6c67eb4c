package org.goldenthread.audit;

import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationIssued;
import org.goldenthread.identity.PasswordChanged;
import org.goldenthread.identity.PasswordResetRequested;
import org.goldenthread.identity.RecoveryCodeUsed;
import org.goldenthread.identity.RoleGranted;
import org.goldenthread.identity.SignInFailed;
import org.goldenthread.identity.SignedIn;
import org.goldenthread.identity.TwoFactorEnrolled;
import org.goldenthread.identity.TwoFactorRemoved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits identity's events in the transaction that caused them: if the line cannot be written, the
 * change does not happen either.
 */
@Component
class IdentityAudit {

  private final AuditLog log;
  private final OrganisationLabels organisations;

  IdentityAudit(AuditLog log, OrganisationLabels organisations) {
    this.log = log;
    this.organisations = organisations;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(SignedIn event) {
    log.record(
        AuditAction.SIGN_IN,
        "Signed in" + (event.channel() == SignedIn.Channel.API ? " for an API token" : ""),
        event.userId(),
        event.name(),
        event.address());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(SignInFailed event) {
    log.record(
        AuditAction.SIGN_IN_FAILED,
        (event.throttled()
                ? "Sign-in refused after too many attempts, as "
                : "Sign-in refused for ")
            + event.email(),
        null,
        null,
        event.address());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(InvitationIssued event) {
    log.record(
        AuditAction.INVITATION_SENT,
        "Invited "
            + event.name()
            + " <"
            + event.email()
            + "> as "
            + event.role().name()
            + organisations.at(event.organisationId()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(InvitationAccepted event) {
    log.record(
        AuditAction.INVITATION_ACCEPTED,
        "Accepted an invitation as "
            + event.role().name()
            + organisations.at(event.organisationId()),
        event.userId(),
        event.name(),
        null);
  }

  /** A role grant, with the person who granted it as the actor (nobody: Golden Thread itself). */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(RoleGranted event) {
    log.record(
        AuditAction.ROLE_GRANTED,
        "Granted "
            + event.role().name()
            + organisations.at(event.organisationId())
            + " to "
            + event.name()
            + " <"
            + event.email()
            + ">"
            + (event.grantedById() == null ? ", by Golden Thread itself" : ""),
        event.grantedById(),
        event.grantedByName(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PasswordResetRequested event) {
    log.record(
        AuditAction.PASSWORD_RESET_REQUESTED,
        "Asked for a link to set a new password",
        event.userId(),
        event.name(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PasswordChanged event) {
    log.record(
        AuditAction.PASSWORD_CHANGED,
        event.throughResetLink() ? "Set a new password through a link" : "Changed their password",
        event.userId(),
        event.name(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TwoFactorEnrolled event) {
    log.record(
        AuditAction.TWO_FACTOR_ENROLLED,
        "Turned two-factor sign-in on",
        event.userId(),
        event.name(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TwoFactorRemoved event) {
    log.record(
        AuditAction.TWO_FACTOR_REMOVED,
        "Turned two-factor sign-in off",
        event.userId(),
        event.name(),
        null);
  }

  /** Signing in with a recovery code: the person is not signed in yet, so they are named here. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(RecoveryCodeUsed event) {
    log.record(
        AuditAction.RECOVERY_CODE_USED,
        "Signed in with a recovery code (" + event.remaining() + " left)",
        event.userId(),
        event.name(),
        event.address());
  }
}

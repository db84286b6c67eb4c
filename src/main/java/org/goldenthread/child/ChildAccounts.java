package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;
import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationRefused;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.ChildAccountAges;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Child and young person accounts. A parent with parental responsibility, or the SENCO, invites the
 * child by email to an account of their own, once the child has reached the age their school has
 * set (10 unless it chose otherwise). The invitation is identity's, of the kind {@link Role#CHILD}:
 * the child follows the link, chooses a password, and the new account is linked to their record at
 * once. One account per child, and one invitation waiting at a time: a second is a 409.
 */
@Service
@Transactional(readOnly = true)
public class ChildAccounts {

  /**
   * Characters no address a child types needs, and markup does: refused before identity sees it.
   */
  private static final Pattern MARKUP = Pattern.compile("[<>\"(),;:\\\\\\[\\]]");

  private final ChildRepository children;
  private final ChildAccountInvitationRepository invitationLinks;
  private final Invitations invitations;
  private final ChildAccountAges ages;
  private final RecordLock lock;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChildAccounts(
      ChildRepository children,
      ChildAccountInvitationRepository invitationLinks,
      Invitations invitations,
      ChildAccountAges ages,
      RecordLock lock,
      ApplicationEventPublisher events,
      Clock clock) {
    this.children = children;
    this.invitationLinks = invitationLinks;
    this.invitations = invitations;
    this.ages = ages;
    this.lock = lock;
    this.events = events;
    this.clock = clock;
  }

  /** Where the child's own account stands, for someone who may invite them. */
  public ChildAccountStatus status(AccessibleChild child) {
    child.require(Permission.INVITE_CHILD);
    return statusOf(childOf(child));
  }

  /**
   * Invites the child to an account of their own, by email (mailed through identity's invitation).
   *
   * @throws ValidationProblem naming {@code dateOfBirth} when the child is younger than their
   *     school's minimum age, or {@code email} when the address is missing, malformed, the
   *     inviter's own or one someone already signs in with
   * @throws ErrorResponseException 409 when the child has an account already, or an invitation is
   *     waiting
   */
  @Transactional
  public ChildAccountStatus.Pending invite(AccessibleChild child, String email) {
    AccessibleChild now = lock.lock(child).require(Permission.INVITE_CHILD);
    Child row = childOf(now);
    ChildAccountStatus status = statusOf(row);
    if (!status.oldEnough()) {
      throw ValidationProblem.of("dateOfBirth", "child.account.error.tooYoung");
    }
    if (status.hasAccount()) {
      throw conflict("api.problem.childHasAccount");
    }
    if (status.invitation() != null) {
      throw conflict("api.problem.childInvited");
    }
    if (email == null || email.isBlank()) {
      throw ValidationProblem.of("email", "child.account.error.emailMissing");
    }
    if (MARKUP.matcher(email).find()) {
      throw ValidationProblem.of("email", "identity.invitation.error.email");
    }
    InvitationSummary sent;
    try {
      sent =
          invitations.invite(
              new NewInvitation(email.strip(), row.displayName(), Role.CHILD, null),
              now.user().id());
    } catch (InvitationRefused refused) {
      throw ValidationProblem.of(refused.field(), refused.messageKey());
    }
    invitationLinks.save(
        new ChildAccountInvitation(
            sent.id(), row.id(), sent.email(), now.user().id(), sent.sentAt(), sent.expiresAt()));
    events.publishEvent(
        now.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of("audit.what.child.accountInvited", written(row.displayName()))));
    return new ChildAccountStatus.Pending(sent.id(), sent.email(), sent.sentAt(), sent.expiresAt());
  }

  /** Accepting a child's invitation links the new account to the child's record at once. */
  @EventListener
  @Transactional
  void on(InvitationAccepted accepted) {
    if (accepted.role() != Role.CHILD) {
      return;
    }
    invitationLinks
        .findById(accepted.invitationId())
        .flatMap(link -> children.findById(link.childId()))
        .filter(child -> child.linkAccount(accepted.userId()))
        .ifPresent(
            child -> events.publishEvent(new ChildAccountLinked(child.id(), accepted.userId())));
  }

  private Child childOf(AccessibleChild child) {
    return children.findById(child.id()).orElseThrow(NotFound::error);
  }

  private ChildAccountStatus statusOf(Child child) {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    boolean hasAccount = child.userId() != null;
    ChildAccountStatus.Pending pending =
        hasAccount
            ? null
            : invitationLinks
                .findFirstByChildIdAndExpiresAtAfterOrderByCreatedAtDesc(child.id(), now)
                .map(
                    link ->
                        new ChildAccountStatus.Pending(
                            link.invitationId(), link.email(), link.createdAt(), link.expiresAt()))
                .orElse(null);
    return new ChildAccountStatus(
        child.id(),
        child.displayName(),
        hasAccount,
        Period.between(child.dateOfBirth(), today).getYears(),
        ages.minimumAge(child.schoolId()),
        pending);
  }

  private static ErrorResponseException conflict(String detailKey) {
    return ProblemTypes.refusal(HttpStatus.CONFLICT, null, detailKey);
  }
}

package org.goldenthread.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends invitations and redeems them. */
@Service
class InvitationService implements Invitations {

  static final Duration LIFETIME = Duration.ofDays(7);

  private final InvitationRepository invitations;
  private final UserAccountRepository users;
  private final Accounts accounts;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final SecretTokens secrets;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String baseUrl;

  InvitationService(
      InvitationRepository invitations,
      UserAccountRepository users,
      Accounts accounts,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      SecretTokens secrets,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${goldenthread.base-url}") String baseUrl) {
    this.invitations = invitations;
    this.users = users;
    this.accounts = accounts;
    this.policy = policy;
    this.encoder = encoder;
    this.secrets = secrets;
    this.events = events;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  @Override
  @Transactional
  public InvitationSummary invite(NewInvitation request, UUID invitedBy) {
    return create(request, invitedBy, true).invitation();
  }

  /** A refusal saves nothing, so it leaves the caller's own transaction as it was. */
  @Override
  @Transactional(noRollbackFor = InvitationRefused.class)
  public IssuedInvitation issue(NewInvitation request, UUID invitedBy) {
    return create(request, invitedBy, false);
  }

  private IssuedInvitation create(NewInvitation request, UUID invitedBy, boolean mailed) {
    NewInvitation invitation = checked(request);
    refuseInvitingOneself(invitation, invitedBy);
    // A child's account is their own: never an address someone already signs in with (a parent's).
    if (invitation.role() == Role.CHILD
        && users.findByEmail(Emails.normalise(invitation.email())).isPresent()) {
      throw new InvitationRefused("email", "identity.invitation.error.childOwnAddress");
    }
    // A parent is invited once for each child (the child capability links the account), so
    // already being a parent is no reason to refuse.
    users
        .findByEmail(Emails.normalise(invitation.email()))
        .filter(user -> invitation.role() != Role.PARENT)
        .filter(user -> user.holds(invitation.role(), invitation.organisationId()))
        .ifPresent(
            user -> {
              throw new InvitationRefused("email", "identity.invitation.error.alreadyHolds");
            });
    String token = secrets.newToken();
    Instant now = clock.instant();
    Invitation saved =
        invitations.save(
            new Invitation(invitation, secrets.hash(token), invitedBy, now, now.plus(LIFETIME)));
    String link = baseUrl + "/invitations/" + token;
    events.publishEvent(
        new InvitationIssued(
            saved.id(),
            saved.email(),
            saved.displayName(),
            saved.role(),
            saved.organisationId(),
            invitedBy,
            link,
            saved.expiresAt(),
            mailed));
    return new IssuedInvitation(saved.summary(), link);
  }

  /**
   * Nobody invites their own address (in any capitalisation, with spaces, or with a +tag): an
   * administrator must not make themselves a SENCO, nor a SENCO themselves a parent.
   */
  private void refuseInvitingOneself(NewInvitation invitation, UUID invitedBy) {
    if (invitedBy == null) {
      return;
    }
    users
        .findById(invitedBy)
        .filter(inviter -> Emails.sameMailbox(inviter.email(), invitation.email()))
        .ifPresent(
            inviter -> {
              throw new InvitationRefused("email", "identity.invitation.error.self");
            });
  }

  private static NewInvitation checked(NewInvitation invitation) {
    if (!Emails.isPlausible(invitation.email())) {
      throw new InvitationRefused("email", "identity.invitation.error.email");
    }
    if (invitation.name() == null || invitation.name().isBlank()) {
      throw new InvitationRefused("name", "identity.invitation.error.name");
    }
    if (invitation.role() == null) {
      throw new InvitationRefused("role", "identity.invitation.error.role");
    }
    boolean needsOrganisation = invitation.role().organisationKind() != Role.OrganisationKind.NONE;
    if (needsOrganisation && invitation.organisationId() == null) {
      throw new InvitationRefused("organisationId", "identity.invitation.error.organisation");
    }
    return needsOrganisation
        ? invitation
        : new NewInvitation(invitation.email(), invitation.name(), invitation.role(), null);
  }

  @Override
  @Transactional(readOnly = true)
  public List<InvitationSummary> recent(int limit) {
    return invitations.findAllByOrderByCreatedAtDesc(Limit.of(limit)).stream()
        .map(Invitation::summary)
        .toList();
  }

  /** The open invitation behind a link, if the link is still good. */
  @Transactional(readOnly = true)
  Optional<OpenInvitation> open(String token) {
    return findOpen(token)
        .map(
            invitation ->
                new OpenInvitation(
                    invitation.summary(), users.findByEmail(invitation.email()).isPresent()));
  }

  /**
   * Redeems an invitation. A newcomer chooses a password (checked against the policy); someone who
   * already has an account confirms it with their current password. The role goes to the account
   * with the invitation's email, whoever is signed in where the link is followed, and is granted by
   * the person who sent the invitation.
   *
   * @return the problem with the password, or empty when the role has been granted
   */
  @Transactional
  Optional<Accounts.FieldProblem> accept(String token, String name, String password) {
    Invitation invitation = findOpen(token).orElseThrow(InvitationNoLongerOpen::new);
    Optional<UserAccount> existing = users.findByEmail(invitation.email());
    if (existing.isPresent()) {
      if (password == null || !encoder.matches(password, existing.get().passwordHash())) {
        return Optional.of(
            new Accounts.FieldProblem("password", "identity.invitation.error.existingPassword"));
      }
    } else {
      Optional<String> problem = policy.problemWith(password, invitation.email());
      if (problem.isPresent()) {
        return Optional.of(new Accounts.FieldProblem("password", problem.get()));
      }
    }
    String chosenName = name == null || name.isBlank() ? invitation.displayName() : name;
    CurrentUser user =
        accounts.grant(
            invitation.email(),
            chosenName,
            password,
            invitation.role(),
            invitation.organisationId(),
            invitation.invitedBy());
    invitation.accept(clock.instant());
    events.publishEvent(
        new InvitationAccepted(
            invitation.id(),
            user.id(),
            user.displayName(),
            user.email(),
            invitation.role(),
            invitation.organisationId()));
    return Optional.empty();
  }

  private Optional<Invitation> findOpen(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return invitations.findByTokenHash(secrets.hash(token)).filter(i -> i.isOpenAt(now));
  }

  /** An invitation that can still be accepted, and whether its email already has an account. */
  record OpenInvitation(InvitationSummary invitation, boolean existingAccount) {}

  /** The link has expired, or was used already. */
  static class InvitationNoLongerOpen extends RuntimeException {}
}

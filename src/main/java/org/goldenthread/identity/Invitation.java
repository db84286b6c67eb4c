package org.goldenthread.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An invitation to hold a role, redeemable once through its link before it expires. */
@Entity
@Table(name = "invitation")
class Invitation {

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "invited_by")
  private UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Version private long version;

  protected Invitation() {}

  Invitation(
      NewInvitation invitation,
      String tokenHash,
      UUID invitedBy,
      Instant createdAt,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.email = Emails.normalise(invitation.email());
    this.displayName = invitation.name().strip();
    this.role = invitation.role();
    this.organisationId = invitation.organisationId();
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  String displayName() {
    return displayName;
  }

  Role role() {
    return role;
  }

  UUID organisationId() {
    return organisationId;
  }

  /** Who sent the invitation, and so who grants its role when it is accepted. */
  UUID invitedBy() {
    return invitedBy;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean isOpenAt(Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt);
  }

  void accept(Instant now) {
    this.acceptedAt = now;
  }

  InvitationSummary summary() {
    return new InvitationSummary(
        id, email, displayName, role, organisationId, createdAt, expiresAt, acceptedAt);
  }
}

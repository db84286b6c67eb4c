package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation sent to a child to an account of their own: accepting it (through identity's
 * invitation link) links the new account to the child's record. Never changed once written.
 */
@Entity
@Table(name = "child_account_invitation")
class ChildAccountInvitation {

  @Id
  @Column(name = "invitation_id")
  private UUID invitationId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(nullable = false)
  private String email;

  @Column(name = "invited_by", nullable = false)
  private UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ChildAccountInvitation() {}

  ChildAccountInvitation(
      UUID invitationId,
      UUID childId,
      String email,
      UUID invitedBy,
      Instant createdAt,
      Instant expiresAt) {
    this.invitationId = invitationId;
    this.childId = childId;
    this.email = email;
    this.invitedBy = invitedBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UUID invitationId() {
    return invitationId;
  }

  UUID childId() {
    return childId;
  }

  String email() {
    return email;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}

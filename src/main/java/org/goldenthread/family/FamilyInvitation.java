package org.goldenthread.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An invitation sent to a family member: accepting it links their account to the child. */
@Entity
@Table(name = "family_invitation")
class FamilyInvitation {

  @Id
  @Column(name = "invitation_id")
  private UUID invitationId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "family_member_id", nullable = false)
  private UUID familyMemberId;

  protected FamilyInvitation() {}

  FamilyInvitation(UUID invitationId, UUID childId, UUID familyMemberId) {
    this.invitationId = invitationId;
    this.childId = childId;
    this.familyMemberId = familyMemberId;
  }

  UUID familyMemberId() {
    return familyMemberId;
  }
}

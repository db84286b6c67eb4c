package org.goldenthread.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One person invited to a meeting, as stored with it. */
@Embeddable
class Invitee {

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean parent;

  protected Invitee() {}

  Invitee(UUID userId, String name, boolean parent) {
    this.userId = userId;
    this.name = name;
    this.parent = parent;
  }

  UUID userId() {
    return userId;
  }

  InviteeView view() {
    return new InviteeView(userId, name, parent);
  }
}

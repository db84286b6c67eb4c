package org.goldenthread.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A piece of preparation as stored. */
@Entity
@Table(name = "meeting_contribution")
class Contribution {

  @Id private UUID id;

  @Column(name = "meeting_id", nullable = false)
  private UUID meetingId;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContributionKind kind;

  @Column(nullable = false)
  private String text;

  @Column(name = "how_gathered")
  private String howGathered;

  @Column(name = "chair_only", nullable = false)
  private boolean chairOnly;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Version private long version;

  protected Contribution() {}

  Contribution(
      UUID meetingId, UUID authorId, String authorName, ContributionInput input, Instant now) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.kind = input.kind();
    this.text = input.text();
    this.howGathered = input.howGathered();
    this.chairOnly = input.chairOnly();
    this.addedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  UUID authorId() {
    return authorId;
  }

  boolean chairOnly() {
    return chairOnly;
  }

  ContributionKind kind() {
    return kind;
  }

  ContributionView view() {
    return new ContributionView(
        id, meetingId, authorId, authorName, kind, text, howGathered, chairOnly, addedAt, version);
  }
}

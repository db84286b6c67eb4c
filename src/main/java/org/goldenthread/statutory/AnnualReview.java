package org.goldenthread.statutory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;

/** An annual review of a child's EHC plan: its meeting, and the steps after it. */
@Entity
@Table(name = "annual_review")
class AnnualReview {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "meeting_on", nullable = false)
  private LocalDate meetingOn;

  @Column(name = "meeting_id")
  private UUID meetingId;

  @Column(name = "recorded_by_id", nullable = false)
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** When a step was last recorded: every step changes the version. */
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ReviewEvent> events = new ArrayList<>();

  protected AnnualReview() {}

  AnnualReview(UUID childId, LocalDate meetingOn, UUID meetingId, CurrentUser by, Instant at) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.meetingOn = meetingOn;
    this.meetingId = meetingId;
    this.recordedById = by.id();
    this.recordedByName = by.displayName();
    this.recordedAt = at;
    this.changedAt = at;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  LocalDate meetingOn() {
    return meetingOn;
  }

  UUID meetingId() {
    return meetingId;
  }

  long version() {
    return version;
  }

  List<ReviewStep> steps() {
    return events.stream().map(ReviewEvent::step).toList();
  }

  /** The deadlines as the steps recorded so far leave them. */
  ReviewClock clock() {
    return ReviewClock.replay(meetingOn, steps());
  }

  /**
   * Follows its meeting to another day, when the meeting was moved (a draft meeting's changes tell
   * no one, so the day is read from the meeting each time).
   */
  void moveTo(LocalDate day) {
    if (day != null && !day.equals(meetingOn)) {
      meetingOn = day;
    }
  }

  /** Records a step (already checked). */
  void record(ReviewStep step, UUID recordedById) {
    events.add(new ReviewEvent(this, events.size(), step, recordedById));
    changedAt = step.recordedAt();
  }
}

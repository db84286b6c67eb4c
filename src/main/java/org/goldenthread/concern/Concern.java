package org.goldenthread.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An early concern, the first-concern meeting booked for it, and its decision once made. */
@Entity
@Table(name = "concern")
class Concern {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "school_id")
  private UUID schoolId;

  @Column(nullable = false)
  private String noticed;

  private String examples;
  private String tried;

  @Column(name = "child_says")
  private String childSays;

  @Column(name = "raised_on", nullable = false)
  private LocalDate raisedOn;

  @Column(name = "answer_due_on", nullable = false)
  private LocalDate answerDueOn;

  @Column(name = "raised_by_id")
  private UUID raisedById;

  @Column(name = "raised_by_name", nullable = false)
  private String raisedByName;

  @Enumerated(EnumType.STRING)
  @Column(name = "raised_by_role", nullable = false)
  private RaisedBy raisedByRole;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "meeting_id")
  private UUID meetingId;

  @Column(name = "meeting_starts_at")
  private Instant meetingStartsAt;

  @Enumerated(EnumType.STRING)
  private ConcernDecision decision;

  private String reasons;

  @Column(name = "review_on")
  private LocalDate reviewOn;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by_id")
  private UUID decidedById;

  @Column(name = "decided_by_name")
  private String decidedByName;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_at_meeting_id")
  private UUID decidedAtMeetingId;

  @Column(name = "decided_without")
  private String decidedWithout;

  @Column(name = "assessment_id")
  private UUID assessmentId;

  @Version private long version;

  protected Concern() {}

  Concern(
      UUID childId,
      UUID schoolId,
      ConcernInput input,
      LocalDate raisedOn,
      LocalDate answerDueOn,
      UUID raisedById,
      String raisedByName,
      RaisedBy raisedByRole,
      Instant now) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.schoolId = schoolId;
    this.noticed = input.noticed();
    this.examples = input.examples();
    this.tried = input.tried();
    this.childSays = input.childSays();
    this.raisedOn = raisedOn;
    this.answerDueOn = answerDueOn;
    this.raisedById = raisedById;
    this.raisedByName = raisedByName;
    this.raisedByRole = raisedByRole;
    this.raisedAt = now;
  }

  /** Records the decision, made today by this person. */
  void decide(Decided decided) {
    this.decision = decided.decision();
    this.reasons = decided.reasons();
    this.reviewOn = decided.reviewOn();
    this.decidedOn = decided.on();
    this.decidedById = decided.byId();
    this.decidedByName = decided.byName();
    this.decidedAt = decided.at();
    this.decidedAtMeetingId = decided.meetingId();
    this.decidedWithout = decided.without();
    this.assessmentId = decided.assessmentId();
    if (decided.meetingId() != null && meetingId == null) {
      this.meetingId = decided.meetingId();
      this.meetingStartsAt = decided.meetingStartsAt();
    }
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  LocalDate raisedOn() {
    return raisedOn;
  }

  LocalDate answerDueOn() {
    return answerDueOn;
  }

  UUID raisedById() {
    return raisedById;
  }

  LocalDate decidedOn() {
    return decidedOn;
  }

  UUID meetingId() {
    return meetingId;
  }

  Instant meetingStartsAt() {
    return meetingStartsAt;
  }

  boolean decided() {
    return decidedOn != null;
  }

  long version() {
    return version;
  }

  /** Decided after its due date, or still open with the due date passed. */
  boolean lateOn(LocalDate today) {
    return decided() ? decidedOn.isAfter(answerDueOn) : today.isAfter(answerDueOn);
  }

  ConcernView view(String childName, LocalDate today, Instant now) {
    return new ConcernView(
        id,
        childId,
        childName,
        noticed,
        examples,
        tried,
        childSays,
        raisedOn,
        raisedByName,
        raisedByRole,
        answerDueOn,
        decided() ? ConcernStatus.DECIDED : ConcernStatus.OPEN,
        lateOn(today),
        meetingId,
        meetingStartsAt,
        meetingStartsAt != null && !meetingStartsAt.isAfter(now),
        decision,
        reasons,
        reviewOn,
        decidedOn,
        decidedByName,
        decidedAtMeetingId,
        decidedWithout,
        assessmentId,
        version);
  }

  /** A decision as it is recorded. */
  record Decided(
      ConcernDecision decision,
      String reasons,
      LocalDate reviewOn,
      LocalDate on,
      UUID byId,
      String byName,
      Instant at,
      UUID meetingId,
      Instant meetingStartsAt,
      String without,
      UUID assessmentId) {}
}

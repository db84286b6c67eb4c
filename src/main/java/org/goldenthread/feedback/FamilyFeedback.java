package org.goldenthread.feedback;

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

/** One person's answer about one meeting or review, as stored. */
@Entity
@Table(name = "family_feedback")
class FamilyFeedback {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false)
  private FeedbackSubject subject;

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "school_id")
  private UUID schoolId;

  @Column(name = "respondent_id", nullable = false)
  private UUID respondentId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "felt_heard", nullable = false)
  private FeedbackAnswer feltHeard;

  @Enumerated(EnumType.STRING)
  @Column(name = "knows_next", nullable = false)
  private FeedbackAnswer knowsWhatNext;

  private String comment;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  protected FamilyFeedback() {}

  FamilyFeedback(
      FeedbackSubject subject,
      UUID subjectId,
      UUID childId,
      UUID schoolId,
      UUID respondentId,
      LocalDate heldOn,
      Instant at) {
    this.id = UUID.randomUUID();
    this.subject = subject;
    this.subjectId = subjectId;
    this.childId = childId;
    this.schoolId = schoolId;
    this.respondentId = respondentId;
    this.heldOn = heldOn;
    this.termStart = FeedbackTerm.of(heldOn).start();
    this.answeredAt = at;
  }

  boolean isNew() {
    return feltHeard == null;
  }

  void answer(FeedbackInput input, Instant at) {
    if (!isNew()) {
      this.changedAt = at;
    }
    this.feltHeard = input.feltHeard();
    this.knowsWhatNext = input.knowsWhatNext();
    this.comment = input.comment();
  }

  long version() {
    return version;
  }

  FeedbackView view() {
    return new FeedbackView(
        id,
        subject,
        subjectId,
        childId,
        heldOn,
        FeedbackTerm.of(heldOn).code(),
        feltHeard,
        knowsWhatNext,
        comment,
        answeredAt,
        changedAt,
        FeedbackTerm.openUntil(heldOn),
        version);
  }
}

package org.goldenthread.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A review as stored, with its progress entries in plan order. */
@Entity
@Table(name = "plan_review")
class Review {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "plan_review_progress", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<ReviewProgress> progress = new ArrayList<>();

  @Column(name = "parent_view")
  private String parentView;

  @Column(name = "child_view")
  private String childView;

  @Column(name = "child_view_gathered_by")
  private String childViewGatheredBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewDecision decision;

  @Column(name = "decision_notes")
  private String decisionNotes;

  @Column(name = "next_review_on", nullable = false)
  private LocalDate nextReviewOn;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "views_answered", nullable = false)
  private UUID[] viewsAnswered = new UUID[0];

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected Review() {}

  /** A review of what was entered, already checked, with progress in the order given. */
  Review(
      UUID childId,
      ReviewInput input,
      List<ReviewProgress> progress,
      UUID recordedBy,
      String recordedByName,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.heldOn = input.heldOn();
    this.progress.addAll(progress);
    this.parentView = input.parentView();
    this.childView = input.childView();
    this.childViewGatheredBy = input.childViewGatheredBy();
    this.decision = input.decision();
    this.decisionNotes = input.decisionNotes();
    this.nextReviewOn = input.nextReviewOn();
    this.viewsAnswered = input.viewsAnswered().toArray(UUID[]::new);
    this.recordedBy = recordedBy;
    this.recordedByName = recordedByName;
    this.recordedAt = recordedAt;
  }

  UUID id() {
    return id;
  }

  LocalDate heldOn() {
    return heldOn;
  }

  ReviewView view() {
    return new ReviewView(
        id,
        childId,
        heldOn,
        progress.stream().map(ReviewProgress::view).toList(),
        parentView,
        childView,
        childViewGatheredBy,
        decision,
        decisionNotes,
        nextReviewOn,
        List.of(viewsAnswered),
        recordedBy,
        recordedByName,
        recordedAt,
        version);
  }
}

package org.goldenthread.statutory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** An EHC needs assessment: the request and its milestones, in the order they were recorded. */
@Entity
@Table(name = "ehc_assessment")
class EhcAssessment {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "requested_on", nullable = false)
  private LocalDate requestedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "requested_by", nullable = false)
  private RequestedBy requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssessmentStatus status;

  @Column(name = "recorded_by_id", nullable = false)
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** When a step was last recorded (or the request): every step changes the version. */
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<AssessmentEvent> events = new ArrayList<>();

  protected EhcAssessment() {}

  EhcAssessment(
      UUID childId, LocalDate requestedOn, RequestedBy requestedBy, CurrentUser by, Instant at) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.requestedOn = requestedOn;
    this.requestedBy = requestedBy;
    this.status = AssessmentStatus.REQUESTED;
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

  LocalDate requestedOn() {
    return requestedOn;
  }

  RequestedBy requestedBy() {
    return requestedBy;
  }

  AssessmentStatus status() {
    return status;
  }

  long version() {
    return version;
  }

  String recordedByName() {
    return recordedByName;
  }

  List<Milestone> milestones() {
    return events.stream().map(AssessmentEvent::milestone).toList();
  }

  /** The clock as the milestones recorded so far leave it. */
  AssessmentClock clock() {
    return AssessmentClock.replay(requestedOn, milestones());
  }

  /** Records the next milestone (already checked) and the status it leaves. */
  void record(Milestone milestone, UUID recordedById) {
    events.add(new AssessmentEvent(this, events.size(), milestone, recordedById));
    status = clock().status();
    changedAt = milestone.recordedAt();
  }
}

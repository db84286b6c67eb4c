package org.goldenthread.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A request made in writing, and its written answer once given, as stored. */
@Entity
@Table(name = "written_request")
class WrittenRequest {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "school_id")
  private UUID schoolId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "addressed_to", nullable = false)
  private RequestTo addressedTo;

  @Column(nullable = false)
  private String body;

  @Column(name = "made_on", nullable = false)
  private LocalDate madeOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "made_by_id")
  private UUID madeById;

  @Column(name = "made_by_name", nullable = false)
  private String madeByName;

  @Enumerated(EnumType.STRING)
  @Column(name = "made_by_role", nullable = false)
  private MadeBy madeByRole;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @Column(name = "assessment_id")
  private UUID assessmentId;

  private String answer;

  @Enumerated(EnumType.STRING)
  private RequestDecision decision;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "answered_by_id")
  private UUID answeredById;

  @Column(name = "answered_by_name")
  private String answeredByName;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private long version;

  protected WrittenRequest() {}

  WrittenRequest(
      UUID childId,
      UUID schoolId,
      RequestKind kind,
      RequestTo addressedTo,
      String body,
      LocalDate madeOn,
      LocalDate dueOn,
      UUID madeById,
      String madeByName,
      MadeBy madeByRole,
      UUID assessmentId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.schoolId = schoolId;
    this.kind = kind;
    this.addressedTo = addressedTo;
    this.body = body;
    this.madeOn = madeOn;
    this.dueOn = dueOn;
    this.madeById = madeById;
    this.madeByName = madeByName;
    this.madeByRole = madeByRole;
    this.assessmentId = assessmentId;
    this.madeAt = now;
  }

  void answer(
      String text, RequestDecision decision, LocalDate on, UUID byId, String byName, Instant now) {
    this.answer = text;
    this.decision = decision;
    this.answeredOn = on;
    this.answeredById = byId;
    this.answeredByName = byName;
    this.answeredAt = now;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  UUID schoolId() {
    return schoolId;
  }

  RequestKind kind() {
    return kind;
  }

  RequestTo addressedTo() {
    return addressedTo;
  }

  LocalDate madeOn() {
    return madeOn;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  UUID madeById() {
    return madeById;
  }

  String madeByName() {
    return madeByName;
  }

  LocalDate answeredOn() {
    return answeredOn;
  }

  String answeredByName() {
    return answeredByName;
  }

  boolean answered() {
    return answeredOn != null;
  }

  long version() {
    return version;
  }

  /** Answered after its due date, or still open with the due date passed. */
  boolean lateOn(LocalDate today) {
    return answered() ? answeredOn.isAfter(dueOn) : today.isAfter(dueOn);
  }

  RequestView view(String childName, LocalDate today) {
    return new RequestView(
        id,
        childId,
        childName,
        kind,
        addressedTo,
        body,
        madeOn,
        dueOn,
        answered() ? RequestStatus.ANSWERED : RequestStatus.OPEN,
        lateOn(today),
        answer,
        decision,
        answeredOn,
        answered() ? ChronoUnit.DAYS.between(madeOn, answeredOn) : null,
        madeByName,
        madeByRole,
        answeredByName,
        assessmentId,
        version);
  }
}

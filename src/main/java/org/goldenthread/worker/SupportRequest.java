package org.goldenthread.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A request for support from the team around the worker, as stored. */
@Entity
@Table(name = "support_request")
class SupportRequest {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupportKind kind;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "visit_on")
  private LocalDate visitOn;

  @Column(name = "asked_by_id")
  private UUID askedById;

  @Column(name = "asked_by_name", nullable = false)
  private String askedByName;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupportStatus status;

  @Column(name = "closing_note")
  private String closingNote;

  @Column(name = "resolved_by_name")
  private String resolvedByName;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "last_reply_at")
  private Instant lastReplyAt;

  @Column(nullable = false)
  private int replies;

  @Version private long version;

  protected SupportRequest() {}

  SupportRequest(
      UUID childId,
      SupportKind kind,
      String subject,
      String body,
      LocalDate visitOn,
      UUID askedById,
      String askedByName,
      Instant now) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.visitOn = kind == SupportKind.JOINT_VISIT ? visitOn : null;
    this.askedById = askedById;
    this.askedByName = askedByName;
    this.askedAt = now;
    this.status = SupportStatus.OPEN;
  }

  void replied(Instant at) {
    this.replies++;
    this.lastReplyAt = at;
  }

  void resolve(String note, String byName, Instant at) {
    this.status = SupportStatus.RESOLVED;
    this.closingNote = note;
    this.resolvedByName = byName;
    this.resolvedAt = at;
  }

  void reopen() {
    this.status = SupportStatus.OPEN;
    this.closingNote = null;
    this.resolvedByName = null;
    this.resolvedAt = null;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  String subject() {
    return subject;
  }

  UUID askedById() {
    return askedById;
  }

  SupportStatus status() {
    return status;
  }

  long version() {
    return version;
  }

  SupportRequestView view(List<SupportReplyView> thread) {
    return new SupportRequestView(
        id,
        childId,
        kind,
        subject,
        body,
        visitOn,
        askedByName,
        askedAt,
        LocalDate.ofInstant(askedAt, ENGLAND),
        status,
        closingNote,
        resolvedByName,
        resolvedAt,
        lastReplyAt,
        replies,
        thread,
        version);
  }
}

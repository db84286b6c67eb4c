package org.goldenthread.voice;

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
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A view of the child or of the family, and its response once given, as stored. */
@Entity(name = "VoiceView")
@Table(name = "voice_view")
class View {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Whose whose;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  private Feeling feeling;

  @Enumerated(EnumType.STRING)
  @Column(name = "about_kind")
  private AboutKind aboutKind;

  @Column(name = "about_id")
  private UUID aboutId;

  private String space;

  private String voice;

  @Enumerated(EnumType.STRING)
  private ViewMethod method;

  private String audience;

  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "recorded_by_id")
  private UUID recordedById;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ViewStatus status;

  private String response;

  private String how;

  @Column(name = "fed_back_on")
  private LocalDate fedBackOn;

  @Column(name = "responded_by_id")
  private UUID respondedById;

  @Column(name = "responded_by_name")
  private String respondedByName;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Version private long version;

  protected View() {}

  View(UUID childId, ViewInput input, UUID byId, String byName, Instant now) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.whose = input.whose();
    this.body = input.text();
    this.feeling = input.feeling();
    this.aboutKind = input.aboutKind();
    this.aboutId = input.aboutId();
    this.space = input.space();
    this.voice = input.voice();
    this.method = input.method();
    this.audience = input.audience();
    this.documentId = input.documentId();
    this.recordedById = byId;
    this.recordedByName = byName;
    this.recordedAt = now;
    this.status = ViewStatus.OPEN;
  }

  /** Records the response (or keeps the one there when none is given) and the feedback day. */
  void respond(
      String text, String howFedBack, LocalDate on, UUID byId, String byName, Instant now) {
    if (text != null) {
      this.response = text;
    }
    if (howFedBack != null) {
      this.how = howFedBack;
    }
    this.fedBackOn = on;
    this.status = on == null ? ViewStatus.ANSWERED : ViewStatus.FED_BACK;
    this.respondedById = byId;
    this.respondedByName = byName;
    this.respondedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  Whose whose() {
    return whose;
  }

  ViewStatus status() {
    return status;
  }

  String response() {
    return response;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  Instant respondedAt() {
    return respondedAt;
  }

  UUID recordedById() {
    return recordedById;
  }

  LocalDate fedBackOn() {
    return fedBackOn;
  }

  long version() {
    return version;
  }

  /** The day it was recorded, in England. */
  LocalDate recordedOn(ZoneId zone) {
    return LocalDate.ofInstant(recordedAt, zone);
  }

  /** Days it has been an open loop: until today while open, until the day it was fed back. */
  long openDays(LocalDate today, ZoneId zone) {
    LocalDate until = fedBackOn != null ? fedBackOn : today;
    return Math.max(0, ChronoUnit.DAYS.between(recordedOn(zone), until));
  }

  RecordedView view(LocalDate today, ZoneId zone) {
    return new RecordedView(
        id,
        childId,
        whose,
        body,
        feeling,
        aboutKind,
        aboutId,
        space,
        voice,
        method,
        audience,
        recordedByName,
        recordedAt,
        status,
        openDays(today, zone),
        response,
        how,
        fedBackOn,
        respondedByName,
        documentId,
        version);
  }
}

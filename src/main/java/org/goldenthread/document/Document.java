package org.goldenthread.document;

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
import java.util.UUID;

/** A document shared about a child, without its bytes (those are in {@link DocumentStore}). */
@Entity
@Table(name = "document")
class Document {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "stored_in", nullable = false)
  private DocumentStore.Place storedIn;

  @Column(name = "uploaded_by_id", nullable = false)
  private UUID uploadedById;

  @Column(name = "uploaded_by_name", nullable = false)
  private String uploadedByName;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "from_family", nullable = false)
  private boolean fromFamily;

  @Column(name = "response_due")
  private LocalDate responseDue;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "responded_by_id")
  private UUID respondedById;

  @Column(name = "responded_by_name")
  private String respondedByName;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Version private long version;

  protected Document() {}

  Document(
      UUID id,
      UUID childId,
      String title,
      DocumentKind kind,
      DetectedFile file,
      DocumentStore.Place storedIn,
      UUID uploadedById,
      String uploadedByName,
      Instant uploadedAt,
      LocalDate responseDue) {
    this.id = id;
    this.childId = childId;
    this.title = title;
    this.kind = kind;
    this.contentType = file.contentType();
    this.fileName = file.name();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storedIn = storedIn;
    this.uploadedById = uploadedById;
    this.uploadedByName = uploadedByName;
    this.uploadedAt = uploadedAt;
    this.fromFamily = responseDue != null;
    this.responseDue = responseDue;
  }

  void respond(String text, UUID byId, String byName, Instant at) {
    this.responseText = text;
    this.respondedById = byId;
    this.respondedByName = byName;
    this.respondedAt = at;
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  String title() {
    return title;
  }

  String contentType() {
    return contentType;
  }

  DocumentStore.Place storedIn() {
    return storedIn;
  }

  boolean fromFamily() {
    return fromFamily;
  }

  boolean responded() {
    return respondedAt != null;
  }

  LocalDate responseDue() {
    return responseDue;
  }

  long version() {
    return version;
  }

  /** The day (in the clock's zone) the school responded, or null while it has not. */
  LocalDate respondedOn(ZoneId zone) {
    return respondedAt == null ? null : LocalDate.ofInstant(respondedAt, zone);
  }

  ResponseStatus responseStatus() {
    if (!fromFamily) {
      return ResponseStatus.NOT_NEEDED;
    }
    return responded() ? ResponseStatus.RESPONDED : ResponseStatus.AWAITING;
  }

  DocumentView view(LocalDate today, ZoneId zone) {
    LocalDate respondedOn = respondedOn(zone);
    boolean late =
        fromFamily
            && (respondedOn == null
                ? today.isAfter(responseDue)
                : respondedOn.isAfter(responseDue));
    return new DocumentView(
        id,
        childId,
        title,
        kind,
        contentType,
        fileName,
        size,
        sha256,
        uploadedById,
        uploadedByName,
        uploadedAt,
        fromFamily,
        responseDue,
        responseStatus(),
        late,
        responseText,
        respondedByName,
        respondedAt,
        version);
  }
}

package org.goldenthread.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Documents as the service shows them, for the web slice tests. */
final class DocumentViews {

  static final String SHA = "ab".repeat(32);

  private DocumentViews() {}

  /** Evidence shared by a parent, awaiting the school's response, due on the day given. */
  static DocumentView evidence(UUID childId, UUID parentId, LocalDate due) {
    return new DocumentView(
        UUID.randomUUID(),
        childId,
        "Notes from home",
        DocumentKind.PARENT_EVIDENCE,
        "application/pdf",
        "notes.pdf",
        1_258_291,
        SHA,
        parentId,
        "Claire Bennett",
        Instant.parse("2026-12-03T10:30:00Z"),
        true,
        due,
        ResponseStatus.AWAITING,
        false,
        null,
        null,
        null,
        0);
  }

  /** The same, answered by the school. */
  static DocumentView responded(DocumentView evidence, String text) {
    return new DocumentView(
        evidence.id(),
        evidence.childId(),
        evidence.title(),
        evidence.kind(),
        evidence.contentType(),
        evidence.fileName(),
        evidence.size(),
        evidence.sha256(),
        evidence.uploadedBy(),
        evidence.uploadedByName(),
        evidence.uploadedAt(),
        true,
        evidence.responseDue(),
        ResponseStatus.RESPONDED,
        false,
        text,
        "Helen Carter",
        Instant.parse("2026-12-10T09:00:00Z"),
        evidence.version() + 1);
  }

  /** A report shared by a professional: no response is asked for. */
  static DocumentView report(UUID childId, UUID byId) {
    return new DocumentView(
        UUID.randomUUID(),
        childId,
        "Speech and language therapy report",
        DocumentKind.ASSESSMENT_REPORT,
        "application/pdf",
        "salt.pdf",
        2048,
        SHA,
        byId,
        "Fiona Walsh",
        Instant.parse("2026-11-12T14:00:00Z"),
        false,
        null,
        ResponseStatus.NOT_NEEDED,
        false,
        null,
        null,
        null,
        0);
  }
}

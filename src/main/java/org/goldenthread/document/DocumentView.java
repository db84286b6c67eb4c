package org.goldenthread.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document as the API answers it and the pages show it (issue 15: {@code id, title, kind,
 * contentType, size, sha256, uploadedBy, uploadedAt, responseDue}), without its bytes.
 *
 * @param uploadedBy the id of the person who shared it
 * @param responseDue for evidence from the family, the day the school should respond by; null
 *     otherwise
 * @param late the response is not in and its day has passed, or it came after its day
 */
public record DocumentView(
    UUID id,
    UUID childId,
    String title,
    DocumentKind kind,
    String contentType,
    String fileName,
    long size,
    String sha256,
    UUID uploadedBy,
    String uploadedByName,
    Instant uploadedAt,
    boolean fromFamily,
    LocalDate responseDue,
    ResponseStatus responseStatus,
    boolean late,
    String responseText,
    String respondedByName,
    Instant respondedAt,
    long version) {}

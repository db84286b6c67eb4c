package org.goldenthread.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A view as pages and the API show it (issue 17's shape). {@code recordedBy}: who recorded it (the
 * child or a parent themself, or an adult for them). {@code openDays}: the days since it was
 * recorded while it is an open loop (OPEN or ANSWERED), and the days it was open once it was fed
 * back. {@code respondedBy}: who recorded the response. {@code documentId}: the picture, drawing or
 * recording that came with it, a document of the child's (null when it was said in words alone).
 */
public record RecordedView(
    UUID id,
    UUID childId,
    Whose whose,
    String text,
    Feeling feeling,
    AboutKind aboutKind,
    UUID aboutId,
    String space,
    String voice,
    ViewMethod method,
    String audience,
    String recordedBy,
    Instant recordedAt,
    ViewStatus status,
    long openDays,
    String response,
    String how,
    LocalDate fedBackOn,
    String respondedBy,
    UUID documentId,
    long version) {

  /** Still waiting for its response to reach the child or family. */
  public boolean openLoop() {
    return status.openLoop();
  }
}

package org.goldenthread.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A support request as the pages and the API show it; {@code replies} is the thread (empty in
 * lists), {@code replyCount} how many answers it has.
 */
public record SupportRequestView(
    UUID id,
    UUID childId,
    SupportKind kind,
    String subject,
    String text,
    LocalDate visitOn,
    String askedByName,
    Instant askedAt,
    LocalDate askedOn,
    SupportStatus status,
    String closingNote,
    String resolvedByName,
    Instant resolvedAt,
    Instant lastReplyAt,
    int replyCount,
    List<SupportReplyView> replies,
    long version) {

  public boolean open() {
    return status == SupportStatus.OPEN;
  }
}

package org.goldenthread.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One answer in a support request's thread, as written: never changed, so it has no version. */
@Entity
@Table(name = "support_reply")
class SupportReply {

  @Id private UUID id;

  @Column(name = "request_id", nullable = false)
  private UUID requestId;

  @Column(nullable = false)
  private String body;

  @Column(name = "written_by_id")
  private UUID writtenById;

  @Column(name = "written_by_name", nullable = false)
  private String writtenByName;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected SupportReply() {}

  SupportReply(UUID requestId, String body, UUID writtenById, String writtenByName, Instant at) {
    this.id = UUID.randomUUID();
    this.requestId = requestId;
    this.body = body;
    this.writtenById = writtenById;
    this.writtenByName = writtenByName;
    this.writtenAt = at;
  }

  UUID id() {
    return id;
  }

  SupportReplyView view() {
    return new SupportReplyView(id, body, writtenByName, writtenAt);
  }
}

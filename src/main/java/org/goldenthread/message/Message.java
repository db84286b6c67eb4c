package org.goldenthread.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One message of a thread, as stored: never changed once sent. The author's name is kept as it was
 * when they wrote, and whether they wrote as one of the child's family (for "last in touch").
 */
@Entity
@Table(name = "message")
class Message implements Persistable<UUID> {

  /** Made here and not saved yet: saved with an insert, no read first. */
  @Transient private boolean fresh;

  @Id private UUID id;

  @Column(name = "thread_id", nullable = false, updatable = false)
  private UUID threadId;

  @Column(name = "child_id", nullable = false, updatable = false)
  private UUID childId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "from_family", nullable = false, updatable = false)
  private boolean fromFamily;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(nullable = false, updatable = false)
  private String text;

  protected Message() {}

  Message(
      UUID threadId,
      UUID childId,
      UUID authorId,
      String authorName,
      boolean fromFamily,
      Instant sentAt,
      String text) {
    this.id = UUID.randomUUID();
    this.fresh = true;
    this.threadId = threadId;
    this.childId = childId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.fromFamily = fromFamily;
    this.sentAt = sentAt;
    this.text = text;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  UUID id() {
    return id;
  }

  UUID threadId() {
    return threadId;
  }

  UUID authorId() {
    return authorId;
  }

  boolean fromFamily() {
    return fromFamily;
  }

  Instant sentAt() {
    return sentAt;
  }

  MessageView view(java.util.List<String> readBy) {
    return new MessageView(id, threadId, authorId, authorName, sentAt, text, readBy);
  }
}

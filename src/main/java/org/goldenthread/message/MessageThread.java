package org.goldenthread.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A thread of messages about a child, as stored. Its subject and what it is about never change;
 * {@code lastMessageAt} follows its newest message and is moved by the database alone ({@link
 * MessageThreadRepository#touch}), so two replies at once never conflict: there is nothing a person
 * edits, and so no version.
 */
@Entity
@Table(name = "message_thread")
class MessageThread implements Persistable<UUID> {

  /** Made here and not saved yet: saved with an insert, no read first. */
  @Transient private boolean fresh;

  @Id private UUID id;

  @Column(name = "child_id", nullable = false, updatable = false)
  private UUID childId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "about_kind", updatable = false)
  private AboutKind aboutKind;

  @Column(name = "about_id", updatable = false)
  private UUID aboutId;

  @Column(name = "started_by", nullable = false, updatable = false)
  private UUID startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "last_message_at", nullable = false, updatable = false)
  private Instant lastMessageAt;

  protected MessageThread() {}

  MessageThread(
      UUID childId,
      String subject,
      AboutKind aboutKind,
      UUID aboutId,
      UUID startedBy,
      Instant startedAt) {
    this.id = UUID.randomUUID();
    this.fresh = true;
    this.childId = childId;
    this.subject = subject;
    this.aboutKind = aboutKind;
    this.aboutId = aboutId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.lastMessageAt = startedAt;
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

  UUID childId() {
    return childId;
  }

  String subject() {
    return subject;
  }

  Instant lastMessageAt() {
    return lastMessageAt;
  }

  ThreadAbout about() {
    return aboutKind == null
        ? null
        : new ThreadAbout(aboutKind, aboutId, aboutKind.link(childId, aboutId));
  }
}

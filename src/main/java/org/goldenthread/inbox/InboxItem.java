package org.goldenthread.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An item in a person's inbox, as stored. It is written once by {@link InboxItems#add} (an insert
 * that does nothing when its source is there already) and afterwards only marked read or carried by
 * a digest, by the database alone: a person reading it twice changes nothing twice.
 */
@Entity
@Table(name = "inbox_item")
class InboxItem {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InboxKind kind;

  @Column(name = "child_id", nullable = false, updatable = false)
  private UUID childId;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String link;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "digested_on")
  private LocalDate digestedOn;

  @Column(updatable = false)
  private String source;

  @Version private long version;

  protected InboxItem() {}

  UUID id() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  InboxKind kind() {
    return kind;
  }

  UUID childId() {
    return childId;
  }

  String title() {
    return title;
  }

  String link() {
    return link;
  }

  Instant at() {
    return at;
  }

  boolean read() {
    return readAt != null;
  }

  InboxItemView view() {
    return new InboxItemView(id, kind, childId, title, link, at, readAt != null);
  }

  DigestDue.Item digestItem() {
    return new DigestDue.Item(kind, childId, title, link);
  }
}

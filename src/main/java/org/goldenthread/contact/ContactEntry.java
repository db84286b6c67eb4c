package org.goldenthread.contact;

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

/** One entry of a child's contact log, as stored. */
@Entity
@Table(name = "contact_entry")
class ContactEntry {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false, updatable = false)
  private UUID childId;

  @Column(name = "on_date", nullable = false)
  private LocalDate on;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactHow how;

  @Column(name = "with_whom", nullable = false)
  private String with;

  @Column(nullable = false)
  private String summary;

  private String agreed;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_by_name", nullable = false, updatable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version private long version;

  protected ContactEntry() {}

  ContactEntry(
      UUID childId, NewContact contact, UUID recordedBy, String recordedByName, Instant at) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.on = contact.on();
    this.how = contact.how();
    this.with = contact.with();
    this.summary = contact.summary();
    this.agreed = contact.agreed();
    this.recordedBy = recordedBy;
    this.recordedByName = recordedByName;
    this.recordedAt = at;
  }

  ContactView view() {
    return new ContactView(
        id,
        childId,
        on,
        how,
        with,
        summary,
        agreed,
        recordedBy,
        recordedByName,
        recordedAt,
        version);
  }
}

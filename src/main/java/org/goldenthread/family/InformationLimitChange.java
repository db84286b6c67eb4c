package org.goldenthread.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A limit on what a family member is told, recorded, changed or cleared, with its reason. */
@Entity
@Immutable
@Table(name = "information_limit_change")
class InformationLimitChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "family_member_id", nullable = false)
  private UUID familyMemberId;

  @Column(nullable = false)
  private boolean limited;

  @Column(nullable = false)
  private String reason;

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected InformationLimitChange() {}

  InformationLimitChange(
      UUID childId,
      UUID familyMemberId,
      boolean limited,
      String reason,
      UUID recordedBy,
      String recordedByName,
      Instant recordedAt) {
    this.childId = childId;
    this.familyMemberId = familyMemberId;
    this.limited = limited;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedByName = recordedByName;
    this.recordedAt = recordedAt;
  }

  View view() {
    return new View(limited, reason, recordedByName, recordedAt);
  }

  /** One change as the limit page shows it. */
  record View(boolean limited, String reason, String recordedBy, Instant recordedAt) {}
}

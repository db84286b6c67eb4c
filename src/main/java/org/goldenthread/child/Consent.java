package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A consent given or withdrawn for a team member: kept, never changed. */
@Entity
@Immutable
@Table(name = "consent")
class Consent {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "member_id", nullable = false)
  private UUID memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentMethod method;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(name = "given_by", nullable = false)
  private String givenBy;

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_by_name", nullable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Consent() {}

  Consent(
      UUID childId,
      UUID memberId,
      ConsentStatus status,
      ConsentMethod method,
      LocalDate givenOn,
      String givenBy,
      UUID recordedBy,
      String recordedByName,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.memberId = memberId;
    this.status = status;
    this.method = method;
    this.givenOn = givenOn;
    this.givenBy = givenBy;
    this.recordedBy = recordedBy;
    this.recordedByName = recordedByName;
    this.recordedAt = recordedAt;
  }

  ConsentView view() {
    return new ConsentView(
        id, memberId, status, method, givenOn, givenBy, recordedByName, recordedAt);
  }
}

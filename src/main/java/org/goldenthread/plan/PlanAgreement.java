package org.goldenthread.plan;

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

/** One person agreeing one revision of a plan, on a day: kept as it was made. */
@Entity
@Immutable
@Table(name = "plan_agreement")
class PlanAgreement {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "plan_revision", nullable = false)
  private long planRevision;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanRights.AgreementRole relationship;

  @Column(name = "agreed_on", nullable = false)
  private LocalDate agreedOn;

  @Column(name = "agreed_at", nullable = false)
  private Instant agreedAt;

  protected PlanAgreement() {}

  PlanAgreement(
      UUID childId,
      long planRevision,
      UUID userId,
      String name,
      PlanRights.AgreementRole relationship,
      LocalDate agreedOn,
      Instant agreedAt) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.planRevision = planRevision;
    this.userId = userId;
    this.name = name;
    this.relationship = relationship;
    this.agreedOn = agreedOn;
    this.agreedAt = agreedAt;
  }

  AgreementView view() {
    return new AgreementView(
        id, planRevision, userId, name, relationship.name(), agreedOn, agreedAt);
  }
}

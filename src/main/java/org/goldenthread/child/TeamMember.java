package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A member of the Team Around the Child. */
@Entity
@Table(name = "team_member")
class TeamMember {

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "user_id")
  private UUID userId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TeamRole role;

  private String organisation;

  @Column(name = "start_on", nullable = false)
  private LocalDate startOn;

  @Column(name = "end_on")
  private LocalDate endOn;

  private String commitment;

  @Column(nullable = false)
  private boolean lead;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentStatus consent;

  @Version private long version;

  protected TeamMember() {}

  TeamMember(UUID childId, UUID userId, TeamMemberDetails details) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.userId = userId;
    this.role = details.role();
    this.consent = details.role().needsConsent() ? ConsentStatus.PENDING : ConsentStatus.NOT_NEEDED;
    apply(details);
  }

  void apply(TeamMemberDetails details) {
    this.name = details.name();
    this.organisation = details.organisation();
    this.startOn = details.startOn();
    this.endOn = details.endOn();
    this.commitment = details.commitment();
  }

  UUID id() {
    return id;
  }

  UUID childId() {
    return childId;
  }

  UUID userId() {
    return userId;
  }

  String name() {
    return name;
  }

  TeamRole role() {
    return role;
  }

  boolean lead() {
    return lead;
  }

  long version() {
    return version;
  }

  ConsentStatus consent() {
    return consent;
  }

  void end(LocalDate day) {
    this.endOn = day;
    this.lead = false;
  }

  boolean isCurrentOn(LocalDate day) {
    return endOn == null || endOn.isAfter(day);
  }

  void makeLead(boolean lead) {
    this.lead = lead;
  }

  void recordConsent(ConsentStatus status) {
    this.consent = status;
  }

  /**
   * On the team that day, and (for an outside professional) with consent standing. The end date is
   * the day the member left: from then on they have no access.
   */
  boolean hasAccessOn(LocalDate day) {
    boolean current = !startOn.isAfter(day) && (endOn == null || endOn.isAfter(day));
    return current && (consent == ConsentStatus.NOT_NEEDED || consent == ConsentStatus.GIVEN);
  }

  TeamMemberView view() {
    return new TeamMemberView(
        id, userId, name, role, organisation, startOn, endOn, commitment, lead, consent, version);
  }
}

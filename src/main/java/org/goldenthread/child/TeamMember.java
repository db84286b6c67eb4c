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

  TeamMember(UUID childId, TeamMemberDetails details, ConsentStatus consent) {
    this.id = UUID.randomUUID();
    this.childId = childId;
    this.userId = details.userId();
    this.role = details.role();
    this.consent = consent;
    apply(details);
  }

  /** Another role or another person: consent is decided again by whoever changes it. */
  void reassign(TeamRole role, UUID userId, ConsentStatus consent) {
    this.role = role;
    this.userId = userId;
    this.consent = consent;
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
   * On the team that day: started, and not yet left (the end date is the day the member left).
   * Whether that lets the person in depends on consent too: see {@link ConsentRule#stands}.
   */
  boolean isActiveOn(LocalDate day) {
    return !startOn.isAfter(day) && isCurrentOn(day);
  }

  LocalDate endOn() {
    return endOn;
  }

  TeamMemberView view() {
    return new TeamMemberView(
        id, userId, name, role, organisation, startOn, endOn, commitment, lead, consent, version);
  }
}

package org.goldenthread.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A child or young person's record. */
@Entity
@Table(name = "child")
class Child {

  @Id private UUID id;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "preferred_name")
  private String preferredName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  private String upn;

  @Column(name = "school_id", nullable = false)
  private UUID schoolId;

  @Column(name = "year_group", nullable = false)
  private String yearGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "sen_status", nullable = false)
  private SenStatus senStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "primary_need")
  private NeedCode primaryNeed;

  @Enumerated(EnumType.STRING)
  @Column(name = "secondary_need")
  private NeedCode secondaryNeed;

  @Column(name = "home_languages", nullable = false)
  private String homeLanguages;

  @Column(name = "interpreter_needed", nullable = false)
  private boolean interpreterNeeded;

  @Enumerated(EnumType.STRING)
  private Pronouns pronouns;

  @Column(name = "user_id")
  private UUID userId;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Child() {}

  Child(ChildDetails details, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    apply(details, now);
  }

  void apply(ChildDetails details, Instant now) {
    this.givenName = details.givenName();
    this.familyName = details.familyName();
    this.preferredName = details.preferredName();
    this.dateOfBirth = details.dateOfBirth();
    this.upn = details.upn();
    this.schoolId = details.schoolId();
    this.yearGroup = details.yearGroup();
    this.senStatus = details.senStatus();
    this.primaryNeed = details.primaryNeed();
    this.secondaryNeed = details.secondaryNeed();
    this.homeLanguages = String.join(",", details.homeLanguages());
    this.interpreterNeeded = details.interpreterNeeded();
    this.pronouns = details.pronouns();
    this.updatedAt = now;
  }

  /** The child's school changes: a move completed ({@link SchoolMoves}). */
  void moveTo(UUID schoolId, Instant now) {
    this.schoolId = schoolId;
    this.updatedAt = now;
  }

  /** Records that the child has an EHC plan; false when the status said so already. */
  boolean recordEhcPlan(Instant now) {
    if (senStatus == SenStatus.E) {
      return false;
    }
    senStatus = SenStatus.E;
    updatedAt = now;
    return true;
  }

  /** Puts a child with no SEN on SEN support (K); answers whether the status changed. */
  boolean recordSenSupport(Instant now) {
    if (senStatus != SenStatus.N) {
      return false;
    }
    senStatus = SenStatus.K;
    updatedAt = now;
    return true;
  }

  SenStatus senStatus() {
    return senStatus;
  }

  UUID id() {
    return id;
  }

  UUID schoolId() {
    return schoolId;
  }

  String upn() {
    return upn;
  }

  String givenName() {
    return givenName;
  }

  UUID userId() {
    return userId;
  }

  /**
   * Links the child's own account (from the invitation they accepted); false when an account is
   * linked already, which stays.
   */
  boolean linkAccount(UUID accountId) {
    if (userId != null) {
      return false;
    }
    userId = accountId;
    return true;
  }

  long version() {
    return version;
  }

  String yearGroup() {
    return yearGroup;
  }

  String familyName() {
    return familyName;
  }

  LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  String displayName() {
    return displayName(givenName, preferredName, familyName);
  }

  /** The child as a long list names them. */
  ChildListing listing() {
    return new ChildListing(id, displayName(), yearGroup, schoolId);
  }

  /** The name the pages show: the preferred name, or else the given name, then the family name. */
  static String displayName(String givenName, String preferredName, String familyName) {
    return (preferredName != null ? preferredName : givenName) + " " + familyName;
  }

  ChildSummary summary(String schoolName) {
    return new ChildSummary(
        id,
        givenName,
        familyName,
        preferredName,
        dateOfBirth,
        upn,
        schoolId,
        schoolName,
        yearGroup,
        senStatus,
        primaryNeed,
        secondaryNeed,
        languages(),
        interpreterNeeded,
        pronouns,
        version);
  }

  private List<String> languages() {
    return homeLanguages.isBlank()
        ? List.of()
        : Arrays.stream(homeLanguages.split(",")).map(String::strip).toList();
  }
}

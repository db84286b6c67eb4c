package org.goldenthread.directory;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service of the directory as stored (its search document is a generated column). */
@Entity
@Table(name = "directory_service")
class DirectoryEntry {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String summary;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupportKind kind;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] needs;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] areas;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] languages;

  private String phone;
  private String email;
  private String website;
  private String address;

  @Column(name = "opening_times")
  private String openingTimes;

  private String cost;
  private boolean free;
  private boolean independent;

  @Column(name = "last_checked_on", nullable = false)
  private LocalDate lastCheckedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected DirectoryEntry() {}

  DirectoryEntry(Checked details, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    apply(details, now);
  }

  /** Applies details already checked and complete. */
  void apply(Checked details, Instant now) {
    name = details.name();
    summary = details.summary();
    description = details.description();
    kind = details.kind();
    needs = details.needs().toArray(String[]::new);
    areas = details.areas().toArray(String[]::new);
    languages = details.languages().toArray(String[]::new);
    phone = details.phone();
    email = details.email();
    website = details.website();
    address = details.address();
    openingTimes = details.openingTimes();
    cost = details.cost();
    free = details.free();
    independent = details.independent();
    lastCheckedOn = details.lastCheckedOn();
    updatedAt = now;
  }

  void checkedOn(LocalDate day, Instant now) {
    lastCheckedOn = day;
    updatedAt = now;
  }

  UUID id() {
    return id;
  }

  long version() {
    return version;
  }

  /** Everything as it stands, in the shape a change is checked in. */
  Checked details() {
    return new Checked(
        name,
        summary,
        description,
        kind,
        List.of(needs),
        List.of(areas),
        List.of(languages),
        phone,
        email,
        website,
        address,
        openingTimes,
        cost,
        free,
        independent,
        lastCheckedOn);
  }

  ServiceView view(LocalDate today) {
    return new ServiceView(
        id,
        name,
        summary,
        description,
        kind,
        Arrays.asList(needs),
        Arrays.asList(areas),
        Arrays.asList(languages),
        new Contact(phone, email, website, address),
        openingTimes,
        cost,
        free,
        independent,
        lastCheckedOn,
        Directory.needsChecking(lastCheckedOn, today),
        version);
  }

  /** A service's details once checked: codes known, text tidy, nothing missing that must be. */
  record Checked(
      String name,
      String summary,
      String description,
      SupportKind kind,
      List<String> needs,
      List<String> areas,
      List<String> languages,
      String phone,
      String email,
      String website,
      String address,
      String openingTimes,
      String cost,
      boolean free,
      boolean independent,
      LocalDate lastCheckedOn) {}
}

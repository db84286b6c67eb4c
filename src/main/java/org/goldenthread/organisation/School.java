package org.goldenthread.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "school")
class School {

  @Id private UUID id;
  private String urn;
  private String name;

  @Enumerated(EnumType.STRING)
  private SchoolPhase phase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "local_authority_id")
  private LocalAuthority authority;

  @Column(name = "staff_two_factor")
  private boolean staffTwoFactor;

  @Version private Long version;

  protected School() {}

  School(SchoolDetails details, LocalAuthority authority) {
    this.id = UUID.randomUUID();
    this.urn = details.urn();
    this.name = details.name();
    this.phase = details.phase();
    this.staffTwoFactor = details.staffTwoFactor();
    this.authority = authority;
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  long version() {
    return version == null ? 0 : version;
  }

  /** Applies checked details; answers whether anything changed. */
  boolean change(SchoolDetails details, LocalAuthority newAuthority) {
    if (Objects.equals(urn, details.urn())
        && Objects.equals(name, details.name())
        && phase == details.phase()
        && staffTwoFactor == details.staffTwoFactor()
        && authority.id().equals(newAuthority.id())) {
      return false;
    }
    urn = details.urn();
    name = details.name();
    phase = details.phase();
    staffTwoFactor = details.staffTwoFactor();
    authority = newAuthority;
    return true;
  }

  SchoolSummary summary() {
    return new SchoolSummary(
        id, urn, name, phase, authority.id(), authority.name(), version(), staffTwoFactor);
  }
}

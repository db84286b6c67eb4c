package org.goldenthread.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "local_authority")
class LocalAuthority {

  @Id private UUID id;
  private String name;
  private String code;

  @Column(name = "staff_two_factor")
  private boolean staffTwoFactor;

  @Version private Long version;

  protected LocalAuthority() {}

  LocalAuthority(AuthorityDetails details) {
    this.id = UUID.randomUUID();
    this.name = details.name();
    this.code = details.code();
    this.staffTwoFactor = details.staffTwoFactor();
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
  boolean change(AuthorityDetails details) {
    if (Objects.equals(name, details.name())
        && Objects.equals(code, details.code())
        && staffTwoFactor == details.staffTwoFactor()) {
      return false;
    }
    name = details.name();
    code = details.code();
    staffTwoFactor = details.staffTwoFactor();
    return true;
  }

  LocalAuthoritySummary summary() {
    return new LocalAuthoritySummary(id, name, code, version(), staffTwoFactor);
  }
}

package org.goldenthread.organisation;

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

/** An outside service (educational psychology, speech and language therapy...). */
@Entity
@Table(name = "support_service")
class SupportService {

  @Id private UUID id;
  private String name;

  @Enumerated(EnumType.STRING)
  private ServiceKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "local_authority_id")
  private LocalAuthority authority;

  private String email;
  @Version private Long version;

  protected SupportService() {}

  SupportService(String name, ServiceKind kind, LocalAuthority authority, String email) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.kind = kind;
    this.authority = authority;
    this.email = email;
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
  boolean change(ServiceDetails details, LocalAuthority newAuthority) {
    if (Objects.equals(name, details.name())
        && kind == details.kind()
        && Objects.equals(authorityId(), newAuthority == null ? null : newAuthority.id())
        && Objects.equals(email, details.email())) {
      return false;
    }
    name = details.name();
    kind = details.kind();
    authority = newAuthority;
    email = details.email();
    return true;
  }

  private UUID authorityId() {
    return authority == null ? null : authority.id();
  }

  ServiceSummary summary() {
    return new ServiceSummary(
        id,
        name,
        kind,
        authorityId(),
        authority == null ? null : authority.name(),
        email,
        version());
  }
}

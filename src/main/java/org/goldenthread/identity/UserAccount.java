package org.goldenthread.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person who can sign in. */
@Entity
@Table(name = "app_user")
class UserAccount {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean enabled = true;

  /** The language chosen for pages and emails (en, cy, pl, ur), when one was chosen. */
  private String language;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  private Set<Grant> grants = new HashSet<>();

  protected UserAccount() {}

  UserAccount(String email, String displayName, String passwordHash, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.email = Emails.normalise(email);
    this.displayName = displayName.strip();
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  long version() {
    return version;
  }

  void rename(String displayName) {
    this.displayName = displayName.strip();
  }

  void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  boolean holds(Role role, UUID organisationId) {
    return grants.contains(new Grant(role, organisationId));
  }

  /** Grants the role; answers whether it is new (false when it was held already). */
  boolean grant(Role role, UUID organisationId) {
    return grants.add(new Grant(role, organisationId));
  }

  CurrentUser toCurrentUser() {
    List<CurrentUser.RoleGrant> roleGrants =
        grants.stream()
            .map(grant -> new CurrentUser.RoleGrant(grant.role, grant.organisationId))
            .sorted(
                (a, b) ->
                    a.role() == b.role()
                        ? String.valueOf(a.organisationId())
                            .compareTo(String.valueOf(b.organisationId()))
                        : a.role().compareTo(b.role()))
            .toList();
    return new CurrentUser(id, email, displayName, passwordHash, enabled, roleGrants);
  }

  /** One role held at one organisation. */
  @Embeddable
  static class Grant {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organisation_id")
    private UUID organisationId;

    protected Grant() {}

    Grant(Role role, UUID organisationId) {
      this.role = role;
      this.organisationId = organisationId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Grant grant
          && grant.role == role
          && java.util.Objects.equals(grant.organisationId, organisationId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(role, organisationId);
    }
  }
}

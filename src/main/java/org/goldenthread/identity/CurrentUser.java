package org.goldenthread.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as pages and API calls see them: {@code @AuthenticationPrincipal
 * CurrentUser user}. Serializable: page sessions, with the person in them, are kept in the
 * database.
 */
public final class CurrentUser implements UserDetails, DisplayNamed {

  private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String email;
  private final String displayName;
  private final String passwordHash;
  private final boolean enabled;
  private final List<RoleGrant> grants;

  public CurrentUser(
      UUID id,
      String email,
      String displayName,
      String passwordHash,
      boolean enabled,
      List<RoleGrant> grants) {
    this.id = id;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.grants = List.copyOf(grants);
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  /** Every role held, each with the organisation it is held at. */
  public List<RoleGrant> grants() {
    return grants;
  }

  public Set<Role> roles() {
    return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
  }

  public boolean has(Role role) {
    return grants.stream().anyMatch(grant -> grant.role() == role);
  }

  /** The organisations at which this person holds the role. */
  public Set<UUID> organisationsWhere(Role role) {
    return grants.stream()
        .filter(grant -> grant.role() == role && grant.organisationId() != null)
        .map(RoleGrant::organisationId)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return grants.stream()
        .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
        .distinct()
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** The same person without the password hash, to keep in a session or a security context. */
  public CurrentUser withoutPassword() {
    return new CurrentUser(id, email, displayName, "", enabled, grants);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CurrentUser user && user.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "CurrentUser[" + id + "]";
  }

  /** One role held at one organisation (null where the role has none). */
  public record RoleGrant(Role role, UUID organisationId) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}

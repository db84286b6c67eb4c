package org.goldenthread.web;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person a page is shown to, as the navigation sees them: whether they are signed in, and the
 * Spring Security authorities they then hold ({@code ROLE_SENCO}, …). Someone signed out holds
 * none.
 */
public record Viewer(boolean signedIn, Set<String> authorities) {

  public Viewer {
    authorities = Set.copyOf(authorities);
  }

  /** Whether they hold this authority, for example {@code ROLE_PLATFORM_ADMIN}. */
  public boolean has(String authority) {
    return authorities.contains(authority);
  }

  static Viewer of(Principal principal) {
    if (principal instanceof Authentication authentication) {
      boolean signedIn =
          authentication.isAuthenticated()
              && !(authentication instanceof AnonymousAuthenticationToken);
      return new Viewer(signedIn, signedIn ? authorities(authentication) : Set.of());
    }
    return new Viewer(principal != null, Set.of());
  }

  private static Set<String> authorities(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
  }
}

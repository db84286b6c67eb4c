package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the layout needs to every page: who is signed in and the navigation they get. It reads
 * only the authority strings of Spring Security's {@link Authentication}, so it knows nothing of
 * how people sign in.
 *
 * <p>Model attributes: {@code navigation} (a list of {@link NavigationItem}), {@code signedIn},
 * {@code signedInName}, {@code mailOutboxEnabled} and {@code currentPath}.
 */
@ControllerAdvice
class NavigationAdvice {

  static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

  /** Those who work with many children get a link to the list of them. */
  static final Set<String> CASELOAD_ROLES =
      Set.of(
          "ROLE_SENCO",
          "ROLE_HEAD",
          "ROLE_TEACHER",
          "ROLE_SCHOOL_ADMIN",
          "ROLE_AUTHORITY_OFFICER",
          "ROLE_PROFESSIONAL");

  private final boolean mailOutboxEnabled;

  NavigationAdvice(@Value("${goldenthread.mail.outbox-enabled:true}") boolean mailOutboxEnabled) {
    this.mailOutboxEnabled = mailOutboxEnabled;
  }

  @ModelAttribute
  void addNavigation(Model model, HttpServletRequest request, Principal principal) {
    String currentPath = pathWithinApplication(request);
    boolean signedIn = isSignedIn(principal);
    model.addAttribute("currentPath", currentPath);
    model.addAttribute("signedIn", signedIn);
    model.addAttribute("signedInName", signedIn ? displayName(principal) : null);
    model.addAttribute("mailOutboxEnabled", mailOutboxEnabled);
    model.addAttribute(
        "navigation",
        signedIn
            ? signedInNavigation(isPlatformAdmin(principal), hasCaseload(principal), currentPath)
            : List.of(NavigationItem.of("/sign-in", "layout.nav.sign-in", currentPath)));
  }

  private List<NavigationItem> signedInNavigation(
      boolean platformAdmin, boolean caseload, String currentPath) {
    List<NavigationItem> items = new ArrayList<>();
    items.add(NavigationItem.of("/", "layout.nav.home", currentPath));
    if (caseload) {
      items.add(NavigationItem.of("/children", "layout.nav.children", currentPath));
    }
    if (platformAdmin) {
      items.add(NavigationItem.of("/admin/organisations", "layout.nav.organisations", currentPath));
      items.add(NavigationItem.of("/admin/invitations/new", "layout.nav.invite", currentPath));
      items.add(NavigationItem.of("/admin/audit", "layout.nav.audit", currentPath));
      if (mailOutboxEnabled) {
        items.add(NavigationItem.of("/admin/outbox", "layout.nav.outbox", currentPath));
      }
    }
    items.add(NavigationItem.of("/account", "layout.nav.account", currentPath));
    return List.copyOf(items);
  }

  private static boolean isSignedIn(Principal principal) {
    if (principal instanceof Authentication authentication) {
      return authentication.isAuthenticated()
          && !(authentication instanceof AnonymousAuthenticationToken);
    }
    return principal != null;
  }

  private static boolean isPlatformAdmin(Principal principal) {
    return principal instanceof Authentication authentication
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(PLATFORM_ADMIN::equals);
  }

  private static boolean hasCaseload(Principal principal) {
    return principal instanceof Authentication authentication
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(CASELOAD_ROLES::contains);
  }

  private static String displayName(Principal principal) {
    if (principal instanceof Authentication authentication
        && authentication.getPrincipal() instanceof DisplayNamed named) {
      return named.displayName();
    }
    return principal.getName();
  }

  private static String pathWithinApplication(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String contextPath = request.getContextPath();
    return uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
  }
}

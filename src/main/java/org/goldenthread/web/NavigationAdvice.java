package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the layout needs to every page: who is signed in and the navigation they get. The
 * navigation is Home for someone signed in, then the links of every {@link NavigationContributor}
 * bean in their order; the capabilities that own the pages contribute them, so this knows none of
 * them. It reads only the {@link Viewer} made from Spring Security's {@link Authentication}, so it
 * knows nothing of how people sign in.
 *
 * <p>Model attributes: {@code navigation} (a list of {@link NavigationItem}), {@code signedIn},
 * {@code signedInName} and {@code currentPath}.
 */
@ControllerAdvice
class NavigationAdvice {

  private static final NavigationLink HOME = new NavigationLink("/", "layout.nav.home");

  private final List<NavigationContributor> contributors;

  NavigationAdvice(List<NavigationContributor> contributors) {
    this.contributors =
        contributors.stream().sorted(AnnotationAwareOrderComparator.INSTANCE).toList();
  }

  @ModelAttribute
  void addNavigation(Model model, HttpServletRequest request, Principal principal) {
    String currentPath = pathWithinApplication(request);
    Viewer viewer = Viewer.of(principal);
    model.addAttribute("currentPath", currentPath);
    model.addAttribute("signedIn", viewer.signedIn());
    model.addAttribute("signedInName", viewer.signedIn() ? displayName(principal) : null);
    model.addAttribute("navigation", navigation(viewer, currentPath));
  }

  private List<NavigationItem> navigation(Viewer viewer, String currentPath) {
    Stream<NavigationLink> home = viewer.signedIn() ? Stream.of(HOME) : Stream.empty();
    Stream<NavigationLink> contributed =
        contributors.stream().flatMap(contributor -> contributor.linksFor(viewer).stream());
    return Stream.concat(home, contributed)
        .map(link -> NavigationItem.of(link, currentPath))
        .toList();
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

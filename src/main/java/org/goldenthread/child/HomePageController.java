package org.goldenthread.child;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where everyone lands after signing in: a parent sees their children; school staff their caseload;
 * a professional the children whose team they are on; an authority officer the children of the
 * authority. Platform administrators also get their links. A child's own account under 16 lands on
 * the child's easy-read home instead; a young person from 16 sees their own record as a family
 * does.
 */
@Controller
class HomePageController {

  static final String VIEW = "child/home";

  /** Which home a person gets, from the roles they hold. */
  enum Kind {
    SCHOOL,
    AUTHORITY,
    PROFESSIONAL,
    FAMILY,
    NONE
  }

  private final Children children;
  private final ChildAccess access;
  private final Teams teams;
  private final SchoolChoices schools;
  private final Supplier<List<HomePanel>> panels;

  HomePageController(
      Children children,
      ChildAccess access,
      Teams teams,
      SchoolChoices schools,
      ObjectProvider<HomePanel> panels) {
    this.children = children;
    this.access = access;
    this.teams = teams;
    this.schools = schools;
    this.panels = SingletonSupplier.of(() -> panels.orderedStream().toList());
  }

  /** The home and its panels, read in one read-only transaction, as the child's page is. */
  @Transactional(readOnly = true)
  @GetMapping("/")
  String home(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(Caseload.FILTER) ChildFilter filter,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Kind kind = kindOf(user);
    if (kind == Kind.NONE && user.has(Role.CHILD)) {
      Optional<UUID> own = children.ownRecordUnderSixteen(user);
      if (own.isPresent()) {
        return "redirect:/children/" + own.get() + "/my-page";
      }
    }
    boolean seesChildren;
    if (kind == Kind.FAMILY || kind == Kind.NONE) {
      List<ChildSummary> own = children.visibleTo(user);
      seesChildren = !own.isEmpty();
      kind = seesChildren ? Kind.FAMILY : kind;
      model.addAttribute("childCards", cards(user, own));
    } else {
      seesChildren = Caseload.show(model, children, user, filter, page, "/") > 0;
    }
    model.addAttribute("user", user);
    model.addAttribute("homeKind", kind.name());
    model.addAttribute("ownRecord", user.has(Role.CHILD) && !user.has(Role.PARENT));
    boolean sees = seesChildren;
    model.addAttribute(
        "panels", panels.get().stream().flatMap(p -> p.panelFor(user, sees).stream()).toList());
    model.addAttribute(
        "canAddChild",
        (kind == Kind.SCHOOL || kind == Kind.AUTHORITY) && !schools.addableBy(user).isEmpty());
    return VIEW;
  }

  /**
   * Which home the person's roles give them: school staff, officer, professional, or otherwise a
   * family's (NONE until they may see a child).
   */
  static Kind kindOf(CurrentUser user) {
    if (user.has(Role.SENCO)
        || user.has(Role.HEAD)
        || user.has(Role.TEACHER)
        || user.has(Role.SCHOOL_ADMIN)) {
      return Kind.SCHOOL;
    }
    if (user.has(Role.AUTHORITY_OFFICER)) {
      return Kind.AUTHORITY;
    }
    if (user.has(Role.PROFESSIONAL)) {
      return Kind.PROFESSIONAL;
    }
    return user.has(Role.PARENT) ? Kind.FAMILY : Kind.NONE;
  }

  /** A card per child, with the lead professional and the size of the team. */
  private List<ChildCard> cards(CurrentUser user, List<ChildSummary> visible) {
    return visible.stream()
        .map(child -> card(child, teams.current(access.open(user, child.id()))))
        .toList();
  }

  private static ChildCard card(ChildSummary child, List<TeamMemberView> team) {
    Optional<TeamMemberView> lead = team.stream().filter(TeamMemberView::lead).findFirst();
    return new ChildCard(
        child,
        lead.map(TeamMemberView::name).orElse(null),
        lead.map(TeamMemberView::role).orElse(null),
        team.size());
  }

  /** A child on a parent's home: who leads the team, and how many people are on it. */
  public record ChildCard(ChildSummary child, String leadName, TeamRole leadRole, int teamSize) {}
}

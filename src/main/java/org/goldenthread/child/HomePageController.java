package org.goldenthread.child;

import java.util.List;
import java.util.Optional;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where everyone lands after signing in: a parent sees their children; school staff their caseload;
 * a professional the children whose team they are on; an authority officer the children of the
 * authority. Platform administrators also get their links.
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
  private final Organisations organisations;
  private final SchoolChoices schools;
  private final InformationLimits limits;
  private final ObjectProvider<HomePanel> panels;

  HomePageController(
      Children children,
      ChildAccess access,
      Teams teams,
      Organisations organisations,
      SchoolChoices schools,
      InformationLimits limits,
      ObjectProvider<HomePanel> panels) {
    this.children = children;
    this.access = access;
    this.teams = teams;
    this.organisations = organisations;
    this.schools = schools;
    this.limits = limits;
    this.panels = panels;
  }

  @GetMapping("/")
  String home(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(Caseload.FILTER) ChildFilter filter,
      Model model) {
    List<ChildSummary> visible = children.visibleTo(user);
    Kind kind = kindOf(user, visible);
    model.addAttribute("user", user);
    model.addAttribute("homeKind", kind.name());
    model.addAttribute("limitNotices", limits.on(user));
    switch (kind) {
      case SCHOOL, PROFESSIONAL ->
          Caseload.addTo(model, visible, filter, Caseload.schoolsOf(visible), "/");
      case AUTHORITY -> Caseload.addTo(model, visible, filter, authoritySchools(user), "/");
      case FAMILY -> model.addAttribute("childCards", cards(user, visible));
      case NONE -> {}
    }
    model.addAttribute(
        "panels", panels.orderedStream().flatMap(p -> p.panelFor(user, visible).stream()).toList());
    model.addAttribute(
        "canAddChild",
        (kind == Kind.SCHOOL || kind == Kind.AUTHORITY) && !schools.addableBy(user).isEmpty());
    return VIEW;
  }

  static Kind kindOf(CurrentUser user, List<ChildSummary> visible) {
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
    return user.has(Role.PARENT) || !visible.isEmpty() ? Kind.FAMILY : Kind.NONE;
  }

  private List<org.goldenthread.web.Choice> authoritySchools(CurrentUser user) {
    List<SchoolSummary> all =
        user.organisationsWhere(Role.AUTHORITY_OFFICER).stream()
            .flatMap(authority -> organisations.schoolsOf(authority).stream())
            .toList();
    return Caseload.choicesOf(all);
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
  record ChildCard(ChildSummary child, String leadName, TeamRole leadRole, int teamSize) {}
}

package org.goldenthread.child;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Team Around the Child: who is on it and what each will do; adding, changing and removing
 * members, and choosing the lead professional. A member may change what they will do.
 */
@Controller
class TeamPageController {

  static final String VIEW = "child/team";
  static final String FORM_VIEW = "child/team-member-form";
  static final String REMOVE_VIEW = "child/team-remove";
  static final String FORM = "teamMemberForm";

  private final Children children;
  private final Teams teams;
  private final Accounts accounts;
  private final PageLabels labels;

  TeamPageController(Children children, Teams teams, Accounts accounts, PageLabels labels) {
    this.children = children;
    this.teams = teams;
    this.accounts = accounts;
    this.labels = labels;
  }

  @GetMapping("/children/{childId}/team")
  String show(AccessibleChild child, Model model) {
    List<TeamMemberView> current = teams.current(child);
    Set<UUID> currentIds = current.stream().map(TeamMemberView::id).collect(Collectors.toSet());
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute(Allowed.ATTRIBUTE, Allowed.of(child));
    model.addAttribute("currentUserId", child.user().id());
    model.addAttribute("currentMembers", current);
    model.addAttribute(
        "pastMembers",
        teams.all(child).stream().filter(m -> !currentIds.contains(m.id())).toList());
    return VIEW;
  }

  @GetMapping("/children/{childId}/team/new")
  String add(AccessibleChild child, Model model) {
    child.require(Permission.MANAGE_TEAM);
    model.addAttribute(FORM, TeamMemberForm.empty());
    return formPage(child, null, model);
  }

  @PostMapping("/children/{childId}/team/new")
  String create(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText TeamMemberForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.MANAGE_TEAM);
    UUID userId = null;
    if (form.email() != null && !form.email().isBlank()) {
      userId = accounts.findByEmail(form.email()).map(CurrentUser::id).orElse(null);
      if (userId == null) {
        binding.rejectValue("email", "child.team.error.noAccount");
      }
    }
    checkDates(form, binding);
    if (!binding.hasErrors()) {
      try {
        TeamMemberView added = teams.add(child, form.details(userId, null));
        return done(child, redirect, "child.team.banner.added", added.name());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem, Map.of("userId", "email"));
      }
    }
    return formPage(child, null, model);
  }

  @GetMapping("/children/{childId}/team/{memberId}/edit")
  String edit(AccessibleChild child, @PathVariable UUID memberId, Model model) {
    TeamMemberView member = changeable(child, memberId);
    model.addAttribute(FORM, TeamMemberForm.of(member));
    return formPage(child, member, model);
  }

  @PostMapping("/children/{childId}/team/{memberId}/edit")
  String save(
      AccessibleChild child,
      @PathVariable UUID memberId,
      @ModelAttribute(FORM) @CheckedText TeamMemberForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    TeamMemberView member = changeable(child, memberId);
    long version = PageForms.requireVersion(form.version(), binding);
    checkDates(form, binding);
    if (!binding.hasErrors()) {
      try {
        TeamMemberView saved =
            teams.update(child, memberId, version, form.details(member.userId(), member.role()));
        return done(child, redirect, "child.team.banner.saved", saved.name());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem, Map.of("userId", "email"));
      } catch (EditConflict conflict) {
        TeamMemberView now = changeable(child, memberId);
        PageForms.showConflict(
            model, FORM, typed(form, child), TeamMemberForm.of(now), "child.conflict.teamMember");
        return formPage(child, now, model);
      }
    }
    return formPage(child, member, model);
  }

  @PostMapping("/children/{childId}/team/{memberId}/lead")
  String makeLead(AccessibleChild child, @PathVariable UUID memberId, RedirectAttributes redirect) {
    child.require(Permission.MANAGE_TEAM);
    TeamMemberView member = member(child, memberId);
    try {
      teams.makeLead(child, memberId);
      return done(child, redirect, "child.team.banner.lead", member.name());
    } catch (ValidationProblem problem) {
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.important("child.team.error.leadNotPossible", null));
      return "redirect:/children/" + child.id() + "/team";
    }
  }

  @GetMapping("/children/{childId}/team/{memberId}/remove")
  String confirmRemove(AccessibleChild child, @PathVariable UUID memberId, Model model) {
    child.require(Permission.MANAGE_TEAM);
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("member", current(child, memberId));
    return REMOVE_VIEW;
  }

  @PostMapping("/children/{childId}/team/{memberId}/remove")
  String remove(AccessibleChild child, @PathVariable UUID memberId, RedirectAttributes redirect) {
    child.require(Permission.MANAGE_TEAM);
    TeamMemberView member = current(child, memberId);
    teams.remove(child, memberId);
    return done(child, redirect, "child.team.banner.removed", member.name());
  }

  /** The member, when the person manages the team or is that member; otherwise 403. */
  private TeamMemberView changeable(AccessibleChild child, UUID memberId) {
    TeamMemberView member = member(child, memberId);
    if (!child.can(Permission.MANAGE_TEAM) && !child.user().id().equals(member.userId())) {
      throw ChildAccess.forbidden();
    }
    return member;
  }

  private TeamMemberView member(AccessibleChild child, UUID memberId) {
    return teams.all(child).stream()
        .filter(m -> m.id().equals(memberId))
        .findFirst()
        .orElseThrow(NotFound::error);
  }

  private TeamMemberView current(AccessibleChild child, UUID memberId) {
    return teams.current(child).stream()
        .filter(m -> m.id().equals(memberId))
        .findFirst()
        .orElseThrow(NotFound::error);
  }

  private static void checkDates(TeamMemberForm form, BindingResult binding) {
    PageForms.rejectUnreadableDate(
        binding, "startOn", form.startOn(), "child.team.error.startOn.real");
    PageForms.rejectUnreadableDate(binding, "endOn", form.endOn(), "child.team.error.endOn.real");
  }

  private static String done(
      AccessibleChild child, RedirectAttributes redirect, String messageKey, String name) {
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success(messageKey, name));
    return "redirect:/children/" + child.id() + "/team";
  }

  private List<org.goldenthread.web.SummaryRow> typed(TeamMemberForm f, AccessibleChild child) {
    if (!child.can(Permission.MANAGE_TEAM)) {
      return labels.rows("child.team.form.commitment.label", f.commitment());
    }
    return labels.rows(
        "child.team.form.name.label", f.name(),
        "child.team.form.role.label", labels.choice("child.team.role.", f.role()),
        "child.team.form.organisation.label", f.organisation(),
        "child.team.form.startOn.legend", labels.typed(f.startOn()),
        "child.team.form.endOn.legend", labels.typed(f.endOn()),
        "child.team.form.commitment.label", f.commitment());
  }

  private String formPage(AccessibleChild child, TeamMemberView member, Model model) {
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("editing", member != null);
    model.addAttribute("memberName", member == null ? null : member.name());
    model.addAttribute("onlyCommitment", !child.can(Permission.MANAGE_TEAM));
    model.addAttribute(
        "formAction",
        "/children/"
            + child.id()
            + (member == null ? "/team/new" : "/team/" + member.id() + "/edit"));
    model.addAttribute("roleChoices", Choice.ofValues(TeamRole.values()));
    return FORM_VIEW;
  }
}

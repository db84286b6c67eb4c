package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.web.Choice;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consent for outside professionals to join the team: where each stands, recording it given or
 * withdrawn, and every consent recorded before.
 */
@Controller
class ConsentPageController {

  static final String VIEW = "child/consents";
  static final String FORM_VIEW = "child/consent-form";
  static final String FORM = "consentForm";

  private final Children children;
  private final Teams teams;
  private final Consents consents;
  private final Clock clock;

  ConsentPageController(Children children, Teams teams, Consents consents, Clock clock) {
    this.children = children;
    this.teams = teams;
    this.consents = consents;
    this.clock = clock;
  }

  @GetMapping("/children/{childId}/consents")
  String show(AccessibleChild child, Model model) {
    List<ConsentView> history = consents.history(child);
    Map<UUID, String> names =
        teams.all(child).stream()
            .collect(Collectors.toMap(TeamMemberView::id, TeamMemberView::name));
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute(
        "outsideMembers",
        teams.current(child).stream()
            .filter(m -> m.consent() != ConsentStatus.NOT_NEEDED)
            .toList());
    model.addAttribute(
        "consentHistory",
        history.stream()
            .map(c -> new HistoryRow(c, names.getOrDefault(c.memberId(), "")))
            .toList());
    return VIEW;
  }

  @GetMapping("/children/{childId}/consents/{memberId}")
  String form(AccessibleChild child, @PathVariable UUID memberId, Model model) {
    child.require(Permission.RECORD_CONSENT);
    TeamMemberView member = outsideMember(child, memberId);
    String next =
        member.consent() == ConsentStatus.GIVEN
            ? ConsentStatus.WITHDRAWN.name()
            : ConsentStatus.GIVEN.name();
    model.addAttribute(
        FORM,
        new ConsentForm(next, null, DateInput.of(LocalDate.now(clock)), null, member.version()));
    return formPage(child, member, model);
  }

  @PostMapping("/children/{childId}/consents/{memberId}")
  String record(
      AccessibleChild child,
      @PathVariable UUID memberId,
      @ModelAttribute(FORM) ConsentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.RECORD_CONSENT);
    TeamMemberView member = outsideMember(child, memberId);
    long version = PageForms.requireVersion(form.version(), binding);
    PageForms.rejectUnreadableDate(binding, "givenOn", form.givenOn(), "child.consent.error.date");
    if (!binding.hasErrors()) {
      try {
        ConsentView saved =
            consents.record(
                child,
                memberId,
                version,
                form.statusChoice(),
                form.methodChoice(),
                form.date(),
                form.givenBy());
        String message =
            saved.status() == ConsentStatus.GIVEN
                ? "child.consent.banner.given"
                : "child.consent.banner.withdrawn";
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success(message, member.name()));
        return "redirect:/children/" + child.id() + "/consents";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        TeamMemberView now = outsideMember(child, memberId);
        model.addAttribute(
            FORM,
            new ConsentForm(
                form.status(), form.method(), form.givenOn(), form.givenBy(), now.version()));
        BindingResult fresh = new BeanPropertyBindingResult(model.getAttribute(FORM), FORM);
        fresh.reject("child.conflict.consent");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
        return formPage(child, now, model);
      }
    }
    return formPage(child, member, model);
  }

  private String formPage(AccessibleChild child, TeamMemberView member, Model model) {
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("member", member);
    model.addAttribute("recordedForFamily", !child.grant().isFamily());
    model.addAttribute(
        "statusChoices", Choice.ofValues(ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN));
    model.addAttribute("methodChoices", Choice.ofValues(ConsentMethod.values()));
    return FORM_VIEW;
  }

  /** A current team member who joins only with consent; anyone else is not found here. */
  private TeamMemberView outsideMember(AccessibleChild child, UUID memberId) {
    List<TeamMemberView> current = teams.current(child);
    return current.stream()
        .filter(m -> m.id().equals(memberId) && m.consent() != ConsentStatus.NOT_NEEDED)
        .findFirst()
        .orElseThrow(NotFound::error);
  }

  /** A consent recorded, with the name of the team member it was for. */
  public record HistoryRow(ConsentView consent, String memberName) {}
}

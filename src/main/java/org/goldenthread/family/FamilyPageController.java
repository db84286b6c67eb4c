package org.goldenthread.family;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.CensusLanguages;
import org.goldenthread.child.Children;
import org.goldenthread.child.Permission;
import org.goldenthread.identity.InvitationRefused;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
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
 * The family around a child: parents and carers, what the family asks professionals to take into
 * account, and inviting a parent to Golden Thread. A limit on what a member is told has a page of
 * its own ({@link FamilyLimitPageController}).
 */
@Controller
class FamilyPageController {

  static final String VIEW = "family/family";
  static final String MEMBER_VIEW = "family/family-member-form";
  static final String CONTEXT_VIEW = "family/family-context-form";
  static final String MEMBER_FORM = "familyMemberForm";
  static final String CONTEXT_FORM = "familyContextForm";

  private final Children children;
  private final Families families;
  private final FamilyContexts contexts;
  private final FamilyCards cards;

  FamilyPageController(
      Children children, Families families, FamilyContexts contexts, FamilyCards cards) {
    this.children = children;
    this.families = families;
    this.contexts = contexts;
    this.cards = cards;
  }

  @GetMapping("/children/{childId}/family")
  String show(AccessibleChild child, Model model) {
    FamilyAllowed allowed = FamilyAllowed.of(child);
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute(FamilyAllowed.ATTRIBUTE, allowed);
    model.addAttribute("familyCards", cards.of(families.members(child), allowed.inviteFamily()));
    if (allowed.readCircumstances()) {
      model.addAttribute("contextRows", cards.context(contexts.context(child)));
    }
    return VIEW;
  }

  @GetMapping("/children/{childId}/family/new")
  String add(AccessibleChild child, Model model) {
    child.require(Permission.EDIT_FAMILY);
    model.addAttribute(MEMBER_FORM, FamilyMemberForm.empty());
    return memberPage(child, null, true, model);
  }

  @PostMapping("/children/{childId}/family/new")
  String create(
      AccessibleChild child,
      @ModelAttribute(MEMBER_FORM) @CheckedText FamilyMemberForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.EDIT_FAMILY);
    if (answered(form, binding)) {
      try {
        FamilyMemberView added = families.add(child, form.details());
        return done(child, redirect, "child.family.banner.added", added.name());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return memberPage(child, null, true, model);
  }

  @GetMapping("/children/{childId}/family/{memberId}/edit")
  String edit(AccessibleChild child, @PathVariable UUID memberId, Model model) {
    child.require(Permission.EDIT_FAMILY);
    FamilyMemberView member = member(child, memberId);
    model.addAttribute(MEMBER_FORM, FamilyMemberForm.of(member));
    return memberPage(child, memberId, FamilyAudience.mayChangeAddress(child, member), model);
  }

  @PostMapping("/children/{childId}/family/{memberId}/edit")
  String save(
      AccessibleChild child,
      @PathVariable UUID memberId,
      @ModelAttribute(MEMBER_FORM) @CheckedText FamilyMemberForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.EDIT_FAMILY);
    FamilyMemberView member = member(child, memberId);
    long version = PageForms.requireVersion(form.version(), binding);
    if (answered(form, binding)) {
      try {
        FamilyMemberView saved = families.update(child, memberId, version, form.change());
        return done(child, redirect, "child.family.banner.saved", saved.name());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        member = member(child, memberId);
        PageForms.showConflict(
            model,
            MEMBER_FORM,
            cards.typed(form),
            FamilyMemberForm.of(member),
            "child.conflict.familyMember");
      }
    }
    return memberPage(child, memberId, FamilyAudience.mayChangeAddress(child, member), model);
  }

  @GetMapping("/children/{childId}/family/context")
  String editContext(AccessibleChild child, Model model) {
    child.require(Permission.EDIT_FAMILY).require(Permission.READ_CIRCUMSTANCES);
    model.addAttribute(CONTEXT_FORM, FamilyContextForm.of(contexts.context(child)));
    return contextPage(child, model);
  }

  @PostMapping("/children/{childId}/family/context")
  String saveContext(
      AccessibleChild child,
      @ModelAttribute(CONTEXT_FORM) @CheckedText FamilyContextForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.EDIT_FAMILY).require(Permission.READ_CIRCUMSTANCES);
    long version = PageForms.requireVersion(form.version(), binding);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        contexts.update(child, version, form.details());
        return done(child, redirect, "child.family.banner.contextSaved", null);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        PageForms.showConflict(
            model,
            CONTEXT_FORM,
            cards.typed(form),
            FamilyContextForm.of(contexts.context(child)),
            "child.conflict.familyContext");
      }
    }
    return contextPage(child, model);
  }

  @PostMapping("/children/{childId}/family/{memberId}/invite")
  String invite(AccessibleChild child, @PathVariable UUID memberId, RedirectAttributes redirect) {
    child.require(Permission.INVITE_FAMILY);
    FamilyMemberView member = member(child, memberId);
    PageBanner banner;
    try {
      InvitationSummary sent = families.invite(child, memberId);
      banner = PageBanner.success("child.family.banner.invited", sent.email());
    } catch (ValidationProblem problem) {
      banner = PageBanner.important(problem.errors().get(0).message(), null);
    } catch (InvitationRefused refused) {
      banner = PageBanner.important("child.family.invite.refused", member.name());
    }
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, banner);
    return "redirect:/children/" + child.id() + "/family";
  }

  /** Whether parental responsibility was answered; nothing is saved until it is. */
  private static boolean answered(FamilyMemberForm form, BindingResult binding) {
    if (PageForms.yesNo(form.parentalResponsibility()) == null) {
      binding.rejectValue("parentalResponsibility", "child.family.error.parentalResponsibility");
      return false;
    }
    return !PageForms.hasRefusedText(binding);
  }

  private FamilyMemberView member(AccessibleChild child, UUID memberId) {
    return families.members(child).stream()
        .filter(m -> m.id().equals(memberId))
        .findFirst()
        .orElseThrow(NotFound::error);
  }

  private static String done(
      AccessibleChild child, RedirectAttributes redirect, String messageKey, String name) {
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success(messageKey, name));
    return "redirect:/children/" + child.id() + "/family";
  }

  private String memberPage(
      AccessibleChild child, UUID memberId, boolean addressShown, Model model) {
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("editing", memberId != null);
    model.addAttribute("addressShown", addressShown);
    model.addAttribute(
        "formAction",
        "/children/"
            + child.id()
            + (memberId == null ? "/family/new" : "/family/" + memberId + "/edit"));
    model.addAttribute("relationshipChoices", Choice.ofValues(FamilyRelationship.values()));
    model.addAttribute("formatChoices", Choice.ofValues(PreferredFormat.values()));
    model.addAttribute("channelChoices", Choice.ofValues(ContactChannel.values()));
    model.addAttribute("yesNoChoices", Choice.ofValues("true", "false"));
    model.addAttribute(
        "languageChoices", Choice.ofValues(CensusLanguages.choices().toArray(String[]::new)));
    return MEMBER_VIEW;
  }

  private String contextPage(AccessibleChild child, Model model) {
    model.addAttribute("childRecord", children.get(child));
    return CONTEXT_VIEW;
  }
}

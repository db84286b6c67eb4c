package org.goldenthread.family;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.child.Permission;
import org.goldenthread.web.Choice;
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
 * Recording, changing or clearing a limit on what a family member is told: for the SENCO, the head
 * or the authority officer, always with the court order or reason. Those who may read the reasons
 * see the ones given before.
 */
@Controller
class FamilyLimitPageController {

  static final String VIEW = "family/family-limit-form";
  static final String FORM = "familyLimitForm";

  private final Children children;
  private final Families families;
  private final InformationLimits limits;

  FamilyLimitPageController(Children children, Families families, InformationLimits limits) {
    this.children = children;
    this.families = families;
    this.limits = limits;
  }

  @GetMapping("/children/{childId}/family/{memberId}/limit")
  String form(AccessibleChild child, @PathVariable UUID memberId, Model model) {
    child.require(Permission.LIMIT_INFORMATION);
    FamilyMemberView member = member(child, memberId);
    model.addAttribute(FORM, FamilyLimitForm.of(member));
    return page(child, member, model);
  }

  @PostMapping("/children/{childId}/family/{memberId}/limit")
  String save(
      AccessibleChild child,
      @PathVariable UUID memberId,
      @ModelAttribute(FORM) FamilyLimitForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.LIMIT_INFORMATION);
    FamilyMemberView member = member(child, memberId);
    long version = PageForms.requireVersion(form.version(), binding);
    if (form.limitedChoice() == null) {
      binding.rejectValue("limited", "child.family.limit.error.choice");
      return page(child, member, model);
    }
    try {
      FamilyMemberView saved =
          families.limit(child, memberId, version, form.limitedChoice(), form.reason());
      String message =
          saved.informationLimited()
              ? (member.informationLimited()
                  ? "child.family.limit.banner.changed"
                  : "child.family.limit.banner.recorded")
              : "child.family.limit.banner.cleared";
      redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success(message, saved.name()));
      return "redirect:/children/" + child.id() + "/family";
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, java.util.Map.of("limitationNote", "reason"));
    } catch (EditConflict conflict) {
      FamilyMemberView now = member(child, memberId);
      FamilyLimitForm fresh = new FamilyLimitForm(form.limited(), form.reason(), now.version());
      model.addAttribute(FORM, fresh);
      BindingResult conflictResult = new BeanPropertyBindingResult(fresh, FORM);
      conflictResult.reject("child.conflict.familyMember");
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflictResult);
      return page(child, now, model);
    }
    return page(child, member, model);
  }

  private String page(AccessibleChild child, FamilyMemberView member, Model model) {
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("member", member);
    model.addAttribute(
        "limitHistory",
        child.can(Permission.READ_LIMITATION_NOTES)
            ? limits.history(child, member.id())
            : java.util.List.of());
    model.addAttribute("yesNoChoices", Choice.ofValues("true", "false"));
    return VIEW;
  }

  private FamilyMemberView member(AccessibleChild child, UUID memberId) {
    return families.members(child).stream()
        .filter(m -> m.id().equals(memberId))
        .findFirst()
        .orElseThrow(NotFound::error);
  }
}

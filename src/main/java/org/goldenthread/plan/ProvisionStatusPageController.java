package org.goldenthread.plan;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.DateInput;
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
 * Pausing, stopping or restarting a piece of support, for staff who may change the plan: with the
 * reason and the dates, told to the family at once. Others who may see the plan get 403.
 */
@Controller
class ProvisionStatusPageController {

  static final String VIEW = "plan/provision-status";
  static final String FORM = "provisionStatusForm";
  private static final String PATH = "/children/{childId}/plan/provisions/{itemId}/status";

  private final Plans plans;

  ProvisionStatusPageController(Plans plans) {
    this.plans = plans;
  }

  @GetMapping(PATH)
  String show(AccessibleChild child, @PathVariable String itemId, Model model) {
    ProvisionView provision = provision(child, itemId);
    model.addAttribute(FORM, ProvisionStatusForm.of(provision));
    return page(child, provision, model);
  }

  @PostMapping(PATH)
  String save(
      AccessibleChild child,
      @PathVariable String itemId,
      @ModelAttribute(FORM) @CheckedText ProvisionStatusForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ProvisionView provision = provision(child, itemId);
    long version = PageForms.requireVersion(form.version(), binding);
    ProvisionStatus status = PageForms.choice(ProvisionStatus.class, form.status());
    LocalDate from = date(binding, "from", form.from());
    LocalDate until = date(binding, "until", form.until());
    try {
      if (!binding.hasErrors()) {
        plans.setProvisionStatus(
            child,
            provision.id(),
            version,
            new ProvisionStatusChange(status, form.reason(), from, until));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("plan.provisionStatus.saved", null));
        return "redirect:/children/" + child.id() + "/plan/provisions/" + provision.id();
      }
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    } catch (EditConflict conflict) {
      ProvisionView now = provision(child, itemId);
      PageForms.showAgain(
          model, FORM, ProvisionStatusForm.of(now), "plan.provisionStatus.conflict");
      return page(child, now, model);
    }
    return page(child, provision, model);
  }

  private ProvisionView provision(AccessibleChild child, String itemId) {
    PlanItem item = plans.item(child, PlanItemKind.PROVISIONS, NotFound.id(itemId));
    if (!plans.mayChangeProvisionStatus(child)) {
      throw PlanRights.forbidden();
    }
    return (ProvisionView) item;
  }

  private static LocalDate date(BindingResult binding, String field, DateInput typed) {
    if (typed.isBlank()) {
      return null;
    }
    return typed
        .toLocalDate()
        .orElseGet(
            () -> {
              binding.rejectValue(field, "plan.provisionStatus.error.date");
              return null;
            });
  }

  private String page(AccessibleChild child, ProvisionView provision, Model model) {
    model.addAttribute("openedChild", child);
    model.addAttribute("provision", provision);
    model.addAttribute("statuses", Choice.ofValues(ProvisionStatus.values()));
    return VIEW;
  }
}

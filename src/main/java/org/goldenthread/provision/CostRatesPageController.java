package org.goldenthread.provision;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.SummaryRow;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's costs of an hour of provision, from which every plan's yearly costs are worked out.
 */
@Controller
class CostRatesPageController {

  static final String VIEW = "provision/cost-rates";
  static final String FORM = "costRatesForm";

  private final CostRates costRates;
  private final MessageSource messages;

  CostRatesPageController(CostRates costRates, MessageSource messages) {
    this.costRates = costRates;
    this.messages = messages;
  }

  @GetMapping("/schools/{schoolId}/cost-rates")
  String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID schoolId, Model model) {
    SchoolCosts costs = costRates.costs(user, schoolId);
    model.addAttribute(FORM, CostRatesForm.of(costs));
    return page(user, costs, model);
  }

  @PostMapping("/schools/{schoolId}/cost-rates")
  String save(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @ModelAttribute(FORM) CostRatesForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    SchoolCosts costs = costRates.costs(user, schoolId);
    long version = PageForms.requireVersion(form.version(), binding);
    Map<DelivererRole, Integer> pence = form.pence(binding);
    CostRates.check(pence).ifPresent(problem -> PageForms.reject(binding, problem));
    if (!binding.hasErrors()) {
      try {
        SchoolCosts saved = costRates.setRates(user, schoolId, version, pence);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("plan.costs.saved", saved.schoolName()));
        return "redirect:/schools/" + schoolId + "/cost-rates";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        SchoolCosts now = costRates.costs(user, schoolId);
        PageForms.showConflict(
            model, FORM, typed(form), CostRatesForm.of(now), "plan.costs.conflict");
        return page(user, now, model);
      }
    }
    return page(user, costs, model);
  }

  private String page(CurrentUser user, SchoolCosts costs, Model model) {
    model.addAttribute("costs", costs);
    model.addAttribute("maySet", costRates.maySet(user, costs.schoolId()));
    return VIEW;
  }

  private List<SummaryRow> typed(CostRatesForm form) {
    return Arrays.stream(DelivererRole.values())
        .map(
            role ->
                SummaryRow.of(
                    messages.getMessage("plan.costs.role." + role, null, Locale.UK),
                    form.typed(role)))
        .toList();
  }
}

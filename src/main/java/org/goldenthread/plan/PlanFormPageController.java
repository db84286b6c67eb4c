package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, changing and removing the items of a plan, one form per kind. Someone who may not change
 * items of a kind gets 403 on its forms (a parent: all but aspirations and strategies).
 */
@Controller
class PlanFormPageController {

  static final String REMOVE_VIEW = "plan/remove";
  private static final String FORM = ItemFormPage.FORM;

  private final Plans plans;
  private final ItemFormPage formPage;

  PlanFormPageController(Plans plans, ItemFormPage formPage) {
    this.plans = plans;
    this.formPage = formPage;
  }

  /** Each kind's form binds to its own record, with only the fields its page shows. */
  @InitBinder(FORM)
  void formOfTheKind(WebDataBinder binder, @PathVariable String kind) {
    if (binder.getTarget() == null) {
      binder.setTargetType(ResolvableType.forClass(ItemForm.type(PlanPaths.kind(kind))));
    }
  }

  /** A new item, linked to the items named (a mend link's {@code ?needIds=…}). */
  @GetMapping("/children/{childId}/plan/{kind}/new")
  String add(
      AccessibleChild child,
      @PathVariable String kind,
      @RequestParam(required = false) List<String> aspirationIds,
      @RequestParam(required = false) List<String> needIds,
      @RequestParam(required = false) List<String> outcomeIds,
      @RequestParam(required = false) List<String> provisionIds,
      Model model) {
    PlanItemKind itemKind = editable(child, kind);
    model.addAttribute(
        FORM, ItemForm.linkedTo(itemKind, aspirationIds, needIds, outcomeIds, provisionIds));
    return formPage.show(child, itemKind, null, null, plans.plan(child), model);
  }

  @PostMapping("/children/{childId}/plan/{kind}/new")
  String create(
      AccessibleChild child,
      @PathVariable String kind,
      @ModelAttribute(FORM) @CheckedText ItemForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PlanItemKind itemKind = editable(child, kind);
    PlanView plan = plans.plan(child);
    ItemInput input = form.input(new FormReader(binding));
    if (binding.hasErrors()) {
      ItemFormPage.checkTheRest(input, plan, binding);
    } else {
      try {
        PlanItem added = plans.add(child, input);
        return done(child, redirect, "plan.form.added." + itemKind, added);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return formPage.show(child, itemKind, null, null, plan, model);
  }

  @GetMapping("/children/{childId}/plan/{kind}/{itemId}/edit")
  String edit(
      AccessibleChild child, @PathVariable String kind, @PathVariable String itemId, Model model) {
    PlanItemKind itemKind = editable(child, kind);
    PlanItem item = plans.item(child, itemKind, NotFound.id(itemId));
    model.addAttribute(FORM, ItemForm.of(item));
    return formPage.show(child, itemKind, item, item.version(), plans.plan(child), model);
  }

  @PostMapping("/children/{childId}/plan/{kind}/{itemId}/edit")
  String save(
      AccessibleChild child,
      @PathVariable String kind,
      @PathVariable String itemId,
      @RequestParam(required = false) Long version,
      @ModelAttribute(FORM) @CheckedText ItemForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PlanItemKind itemKind = editable(child, kind);
    UUID id = NotFound.id(itemId);
    PlanItem item = plans.item(child, itemKind, id);
    long seen = PageForms.requireVersion(version, binding);
    PlanView plan = plans.plan(child);
    ItemInput input = form.input(new FormReader(binding));
    if (binding.hasErrors()) {
      ItemFormPage.checkTheRest(input, plan, binding);
    } else {
      try {
        PlanItem saved = plans.update(child, id, seen, input);
        return done(child, redirect, "plan.form.saved." + itemKind, saved);
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        return formPage.showConflict(child, itemKind, id, form, model);
      }
    }
    return formPage.show(child, itemKind, item, seen, plan, model);
  }

  @GetMapping("/children/{childId}/plan/{kind}/{itemId}/remove")
  String confirmRemove(
      AccessibleChild child, @PathVariable String kind, @PathVariable String itemId, Model model) {
    PlanItemKind itemKind = editable(child, kind);
    return removePage(child, plans.item(child, itemKind, NotFound.id(itemId)), false, model);
  }

  @PostMapping("/children/{childId}/plan/{kind}/{itemId}/remove")
  String remove(
      AccessibleChild child,
      @PathVariable String kind,
      @PathVariable String itemId,
      @RequestParam Long version,
      Model model,
      RedirectAttributes redirect) {
    PlanItemKind itemKind = editable(child, kind);
    UUID id = NotFound.id(itemId);
    PlanItem item = plans.item(child, itemKind, id);
    try {
      plans.remove(
          child, itemKind, id, version); // the version the page showed: never removed unseen
    } catch (EditConflict conflict) {
      return removePage(child, plans.item(child, itemKind, id), true, model);
    }
    return done(child, redirect, "plan.form.removed." + itemKind, item);
  }

  private String removePage(AccessibleChild child, PlanItem item, boolean changed, Model model) {
    model.addAttribute("openedChild", child);
    model.addAttribute("planPage", PlanPageModel.of(child, plans.plan(child)));
    model.addAttribute("itemKind", item.kind());
    model.addAttribute("item", item);
    model.addAttribute("changed", changed);
    return REMOVE_VIEW;
  }

  /** The kind of the path, when the person may change items of that kind; otherwise 403. */
  private PlanItemKind editable(AccessibleChild child, String kind) {
    PlanItemKind itemKind = PlanPaths.kind(kind);
    plans.requireEdit(child, itemKind);
    return itemKind;
  }

  private static String done(
      AccessibleChild child, RedirectAttributes redirect, String messageKey, PlanItem item) {
    redirect.addFlashAttribute(
        PageBanner.ATTRIBUTE,
        PageBanner.success(messageKey, Items.shortened(item.words(), PlanWords.SHORT)));
    return "redirect:" + PlanPaths.plan(child.id());
  }
}

package org.goldenthread.plan;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
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
 * One item of the plan on its own page: what it says, where it sits in the thread, its comments
 * (the family and the team may add one) and its change list.
 */
@Controller
class PlanItemPageController {

  static final String VIEW = "plan/item";
  static final String COMMENT_FORM = "commentForm";

  private final Plans plans;

  PlanItemPageController(Plans plans) {
    this.plans = plans;
  }

  @GetMapping("/children/{childId}/plan/{kind}/{itemId}")
  String show(
      AccessibleChild child, @PathVariable String kind, @PathVariable String itemId, Model model) {
    model.addAttribute(COMMENT_FORM, new CommentForm(null));
    return page(child, PlanPaths.kind(kind), NotFound.id(itemId), model);
  }

  @PostMapping("/children/{childId}/plan/{kind}/{itemId}/comments")
  String comment(
      AccessibleChild child,
      @PathVariable String kind,
      @PathVariable String itemId,
      @ModelAttribute(COMMENT_FORM) @CheckedText CommentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PlanItemKind itemKind = PlanPaths.kind(kind);
    UUID id = NotFound.id(itemId);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        plans.comment(child, itemKind, id, form.text());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("plan.item.comment.added", null));
        return "redirect:" + PlanPaths.plan(child.id()) + "/" + itemKind.path() + "/" + id;
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return page(child, itemKind, id, model);
  }

  private String page(AccessibleChild child, PlanItemKind kind, UUID id, Model model) {
    PlanItem item = plans.item(child, kind, id);
    PlanPageModel planPage = PlanPageModel.of(child, plans.plan(child));
    model.addAttribute("openedChild", child);
    model.addAttribute("planPage", planPage);
    model.addAttribute("item", item);
    model.addAttribute(
        "itemBreaks", planPage.breaks().stream().filter(b -> b.itemId().equals(id)).toList());
    model.addAttribute("itemLinks", planPage.linksOf(item));
    model.addAttribute(
        "comments",
        planPage.plan().comments().stream().filter(c -> c.itemId().equals(id)).toList());
    model.addAttribute("changes", plans.changes(child, kind, id));
    model.addAttribute(
        "mayChangeStatus",
        kind == PlanItemKind.PROVISIONS && plans.mayChangeProvisionStatus(child));
    return VIEW;
  }

  /** A comment as typed. */
  record CommentForm(String text) {}
}

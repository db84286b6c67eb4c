package org.goldenthread.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the form of a plan item shows besides the form itself: its choices, the items it may link
 * to, and after an edit conflict both versions one after the other.
 */
@Component
class ItemFormPage {

  static final String VIEW = "plan/item-form";
  static final String FORM = "itemForm";

  private final Plans plans;
  private final ItemRows rows;
  private final MessageSource messages;

  ItemFormPage(Plans plans, ItemRows rows, MessageSource messages) {
    this.plans = plans;
    this.rows = rows;
    this.messages = messages;
  }

  /**
   * The form page for a new item (item and version null) or a change to one.
   *
   * @param version the version the change is made over, posted again with the form
   * @param plan the plan as it is now, whose items the form may link to
   */
  String show(
      AccessibleChild child,
      PlanItemKind kind,
      PlanItem item,
      Long version,
      PlanView plan,
      Model model) {
    String planPath = PlanPaths.plan(child.id());
    String itemPath = item == null ? null : planPath + "/" + kind.path() + "/" + item.id();
    model.addAttribute("openedChild", child);
    model.addAttribute("itemKind", kind);
    model.addAttribute("editing", item != null);
    model.addAttribute("itemVersion", version);
    model.addAttribute("itemPath", itemPath);
    model.addAttribute(
        "formAction", item == null ? planPath + "/" + kind.path() + "/new" : itemPath + "/edit");
    model.addAttribute("linkChoices", linkChoices(child, kind, plan));
    model.addAttribute("voiceChoices", Choice.ofValues(Voice.values()));
    model.addAttribute("areaChoices", Choice.ofValues(AreaOfNeed.values()));
    model.addAttribute("statusChoices", Choice.ofValues(OutcomeStatus.values()));
    model.addAttribute("roleChoices", Choice.ofValues(DelivererRole.values()));
    model.addAttribute("usedAtChoices", Choice.ofValues(UsedAt.values()));
    model.addAttribute(
        "familyChoice", List.of(Choice.of("true", text("plan.form.writtenWithFamily.item"))));
    return VIEW;
  }

  /**
   * The form shown again after someone else saved the item first: what is saved now (and who saved
   * it, when) beside what this person wrote, which stays in the form, now over the new version, so
   * that saving it again is a choice made knowingly.
   */
  String showConflict(
      AccessibleChild child, PlanItemKind kind, UUID itemId, ItemForm typed, Model model) {
    PlanItem now = plans.item(child, kind, itemId);
    PlanView plan = plans.plan(child);
    Map<UUID, String> names = PlanPageModel.names(plan);
    model.addAttribute("savedRows", rows.rows(ItemForm.of(now), names));
    model.addAttribute("typedRows", rows.rows(typed, names));
    model.addAttribute("savedChange", plans.changes(child, kind, itemId).get(0));
    BindingResult binding = new BeanPropertyBindingResult(typed, FORM);
    binding.reject("plan.form.conflict");
    model.addAttribute(FORM, typed);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, binding);
    return show(child, kind, now, now.version(), plan, model);
  }

  /**
   * Finds what else is wrong with an entry that could not all be read, without saving it, so that
   * every problem shows at once.
   */
  static void checkTheRest(ItemInput input, PlanView plan, BindingResult binding) {
    try {
      ItemRules.checked(input, kind -> ids(plan, kind));
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
    }
  }

  /** The items a form of this kind may link to, for this person; empty lists are not shown. */
  private static LinkChoices linkChoices(AccessibleChild child, PlanItemKind kind, PlanView plan) {
    PlanRights rights = PlanRights.of(child.grant());
    return new LinkChoices(
        choices(
            plan.aspirations(),
            kind == PlanItemKind.NEEDS && rights.canEdit(PlanItemKind.ASPIRATIONS)),
        choices(
            plan.needs(),
            (kind == PlanItemKind.ASPIRATIONS || kind == PlanItemKind.OUTCOMES)
                && rights.canEdit(PlanItemKind.NEEDS)),
        choices(
            plan.outcomes(),
            (kind == PlanItemKind.NEEDS || kind == PlanItemKind.PROVISIONS)
                && rights.canEdit(PlanItemKind.OUTCOMES)),
        choices(
            plan.provisions(),
            kind == PlanItemKind.OUTCOMES && rights.canEdit(PlanItemKind.PROVISIONS)));
  }

  private static List<Choice> choices(List<? extends PlanItem> items, boolean shown) {
    if (!shown) {
      return List.of();
    }
    return items.stream()
        .map(item -> Choice.of(item.id().toString(), Items.shortened(item.words(), 120)))
        .toList();
  }

  private static Set<UUID> ids(PlanView plan, PlanItemKind kind) {
    List<? extends PlanItem> items =
        switch (kind) {
          case ASPIRATIONS -> plan.aspirations();
          case NEEDS -> plan.needs();
          case OUTCOMES -> plan.outcomes();
          case PROVISIONS -> plan.provisions();
          case STRATEGIES -> plan.strategies();
        };
    return items.stream().map(PlanItem::id).collect(Collectors.toSet());
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** The items each list of links offers (empty: the list is not shown). */
  public record LinkChoices(
      List<Choice> aspirations,
      List<Choice> needs,
      List<Choice> outcomes,
      List<Choice> provisions) {}
}

package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;

/**
 * The form of a plan item, kept as typed so that nothing is lost when it is shown again: a record
 * for each kind, with only the fields that kind's page shows. A list of links the page did not show
 * is null, and leaves the item's links as they are; a list shown with nothing ticked is empty. The
 * version a change is made over is posted beside the form, not in it.
 */
sealed interface ItemForm
    permits AspirationForm, NeedForm, OutcomeForm, ProvisionForm, StrategyForm {

  /**
   * The item as entered. What cannot be read (a number that is not one, a date that is not real) is
   * rejected on its field and left out, so that the service finds the rest.
   */
  ItemInput input(FormReader read);

  /** The record the form of this kind is bound to. */
  static Class<? extends ItemForm> type(PlanItemKind kind) {
    return switch (kind) {
      case ASPIRATIONS -> AspirationForm.class;
      case NEEDS -> NeedForm.class;
      case OUTCOMES -> OutcomeForm.class;
      case PROVISIONS -> ProvisionForm.class;
      case STRATEGIES -> StrategyForm.class;
    };
  }

  /** A new item, linked to the items a mend link names ({@code ?needIds=…}). */
  static ItemForm linkedTo(
      PlanItemKind kind,
      List<String> aspirationIds,
      List<String> needIds,
      List<String> outcomeIds,
      List<String> provisionIds) {
    return switch (kind) {
      case ASPIRATIONS -> new AspirationForm(null, null, needIds);
      case NEEDS -> new NeedForm(null, null, aspirationIds, outcomeIds);
      case OUTCOMES -> OutcomeForm.linkedTo(needIds, provisionIds);
      case PROVISIONS -> ProvisionForm.linkedTo(outcomeIds);
      case STRATEGIES -> new StrategyForm(null, null);
    };
  }

  /** The form showing an item as it is saved. */
  static ItemForm of(PlanItem item) {
    if (item instanceof AspirationView a) {
      return AspirationForm.of(a);
    }
    if (item instanceof NeedView n) {
      return NeedForm.of(n);
    }
    if (item instanceof OutcomeView o) {
      return OutcomeForm.of(o);
    }
    if (item instanceof ProvisionView p) {
      return ProvisionForm.of(p);
    }
    return StrategyForm.of((StrategyView) item);
  }

  /** Saved links as a form holds them. */
  static List<String> ids(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }

  /** A saved choice as a form holds it: its name, or null. */
  static String choice(Enum<?> value) {
    return value == null ? null : value.name();
  }
}

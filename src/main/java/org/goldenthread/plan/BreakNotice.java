package org.goldenthread.plan;

import java.util.UUID;

/**
 * A break in the thread as the plan page shows it: the item it is at (its kind, words and anchor),
 * and the link that mends it for someone who may make that change ({@code mendHref} null for anyone
 * else, who is told who can).
 *
 * @param mendKey the message naming the mend ("Add an outcome for this need")
 */
public record BreakNotice(
    BreakKind kind,
    PlanItemKind itemKind,
    UUID itemId,
    String anchor,
    String itemWords,
    String mendHref,
    String mendKey) {

  /** The notice of a break; {@code mayMend}: the person may make the change that mends it. */
  static BreakNotice of(UUID childId, BreakView found, String itemWords, boolean mayMend) {
    return new BreakNotice(
        found.kind(),
        found.itemKind(),
        found.itemId(),
        ThreadView.anchor(found.itemKind(), found.itemId()),
        itemWords,
        mayMend ? mendHref(childId, found) : null,
        "plan.page.mend." + found.kind().name());
  }

  /** The kind of item a person must be allowed to change to mend this kind of break. */
  static PlanItemKind mendedBy(BreakKind kind) {
    return switch (kind) {
      case ASPIRATION_UNADDRESSED -> PlanItemKind.NEEDS;
      case NEED_WITHOUT_OUTCOME, OUTCOME_WITHOUT_TARGET_DATE, OUTCOME_NOT_REVIEWED ->
          PlanItemKind.OUTCOMES;
      case OUTCOME_WITHOUT_PROVISION, PROVISION_WITHOUT_OUTCOME -> PlanItemKind.PROVISIONS;
    };
  }

  private static String mendHref(UUID childId, BreakView found) {
    String plan = "/children/" + childId + "/plan/";
    UUID id = found.itemId();
    return switch (found.kind()) {
      case ASPIRATION_UNADDRESSED -> plan + "needs/new?aspirationIds=" + id;
      case NEED_WITHOUT_OUTCOME -> plan + "outcomes/new?needIds=" + id;
      case OUTCOME_WITHOUT_PROVISION -> plan + "provisions/new?outcomeIds=" + id;
      case OUTCOME_WITHOUT_TARGET_DATE -> plan + "outcomes/" + id + "/edit";
      case PROVISION_WITHOUT_OUTCOME -> plan + "provisions/" + id + "/edit";
      case OUTCOME_NOT_REVIEWED -> "/children/" + childId + "/reviews/new";
    };
  }
}

package org.goldenthread.audit;

import static org.goldenthread.child.Happened.day;
import static org.goldenthread.child.Happened.words;
import static org.goldenthread.child.Happened.written;

import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordChanged.Action;
import org.goldenthread.child.Happened;
import org.goldenthread.plan.PlanAgreed;
import org.goldenthread.plan.PlanChange;
import org.goldenthread.plan.PlanCommentAdded;
import org.goldenthread.plan.PlanItemAdded;
import org.goldenthread.plan.PlanItemChanged;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.PlanItemRemoved;
import org.goldenthread.review.ReviewRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every change to a child's plan in the child's audit trail, as {@link ChildRecordAudit} does
 * for the rest of the record, and as a change of the record: who, in what role, when and what,
 * written just before the change commits, so that it cannot happen unrecorded.
 */
@Component
class PlanAudit {

  private final ChildRecordAudit audit;

  PlanAudit(ChildRecordAudit audit) {
    this.audit = audit;
  }

  @EventListener
  void on(PlanItemAdded added) {
    record(
        added,
        Action.CREATE,
        Happened.of("audit.what.plan.added", item(added.kind()), written(added.words())));
  }

  @EventListener
  void on(PlanItemChanged changed) {
    record(
        changed,
        Action.UPDATE,
        Happened.of("audit.what.plan.changed", item(changed.kind()), written(changed.words())));
  }

  @EventListener
  void on(PlanItemRemoved removed) {
    record(
        removed,
        Action.DELETE,
        Happened.of("audit.what.plan.removed", item(removed.kind()), written(removed.words())));
  }

  @EventListener
  void on(PlanCommentAdded comment) {
    record(
        comment,
        Action.CREATE,
        Happened.of("audit.what.plan.commented", item(comment.kind()), written(comment.words())));
  }

  @EventListener
  void on(PlanAgreed agreed) {
    record(
        agreed,
        Action.UPDATE,
        Happened.of("audit.what.plan.agreed", written(String.valueOf(agreed.planVersion()))));
  }

  @EventListener
  void on(ReviewRecorded review) {
    record(
        review,
        Action.CREATE,
        Happened.of(
            "audit.what.plan.reviewed",
            day(review.heldOn()),
            words("audit.review.decision." + review.decision().name()),
            day(review.nextReviewOn())));
  }

  /** The change in the child's audit trail, as a change of the record by whoever made it. */
  private void record(PlanChange change, Action action, Happened what) {
    audit.on(
        new ChildRecordChanged(
            change.childId(), change.actorId(), change.actorName(), change.role(), action, what));
  }

  /** "an outcome", "a need": the kind of item, as a sentence names one. */
  private static Happened.Argument item(PlanItemKind kind) {
    return words("audit.plan.item." + kind.name());
  }
}

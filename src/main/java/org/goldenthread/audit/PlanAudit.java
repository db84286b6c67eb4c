package org.goldenthread.audit;

import static org.goldenthread.child.Happened.day;
import static org.goldenthread.child.Happened.words;
import static org.goldenthread.child.Happened.written;

import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildRecordChanged.Action;
import org.goldenthread.child.Happened;
import org.goldenthread.plan.PlanAgreed;
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
    audit.on(
        new ChildRecordChanged(
            added.childId(),
            added.actorId(),
            added.actorName(),
            added.role(),
            Action.CREATE,
            Happened.of("audit.what.plan.added", item(added.kind()), written(added.words()))));
  }

  @EventListener
  void on(PlanItemChanged changed) {
    audit.on(
        new ChildRecordChanged(
            changed.childId(),
            changed.actorId(),
            changed.actorName(),
            changed.role(),
            Action.UPDATE,
            Happened.of(
                "audit.what.plan.changed", item(changed.kind()), written(changed.words()))));
  }

  @EventListener
  void on(PlanItemRemoved removed) {
    audit.on(
        new ChildRecordChanged(
            removed.childId(),
            removed.actorId(),
            removed.actorName(),
            removed.role(),
            Action.DELETE,
            Happened.of(
                "audit.what.plan.removed", item(removed.kind()), written(removed.words()))));
  }

  @EventListener
  void on(PlanCommentAdded comment) {
    audit.on(
        new ChildRecordChanged(
            comment.childId(),
            comment.actorId(),
            comment.actorName(),
            comment.role(),
            Action.CREATE,
            Happened.of(
                "audit.what.plan.commented", item(comment.kind()), written(comment.words()))));
  }

  @EventListener
  void on(PlanAgreed agreed) {
    audit.on(
        new ChildRecordChanged(
            agreed.childId(),
            agreed.actorId(),
            agreed.actorName(),
            agreed.role(),
            Action.UPDATE,
            Happened.of("audit.what.plan.agreed", written(String.valueOf(agreed.planVersion())))));
  }

  @EventListener
  void on(ReviewRecorded review) {
    audit.on(
        new ChildRecordChanged(
            review.childId(),
            review.actorId(),
            review.actorName(),
            review.role(),
            Action.CREATE,
            Happened.of(
                "audit.what.plan.reviewed",
                day(review.heldOn()),
                words("audit.review.decision." + review.decision().name()),
                day(review.nextReviewOn()))));
  }

  /** "an outcome", "a need": the kind of item, as a sentence names one. */
  private static Happened.Argument item(PlanItemKind kind) {
    return words("audit.plan.item." + kind.name());
  }
}

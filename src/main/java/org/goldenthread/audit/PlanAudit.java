package org.goldenthread.audit;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.child.Relationship;
import org.goldenthread.plan.PlanAgreed;
import org.goldenthread.plan.PlanCommentAdded;
import org.goldenthread.plan.PlanItemAdded;
import org.goldenthread.plan.PlanItemChanged;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.PlanItemRemoved;
import org.goldenthread.review.ReviewDecision;
import org.goldenthread.review.ReviewRecorded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every change to a child's plan in the child's audit trail, as {@link ChildRecordAudit} does
 * for the rest of the record: who, in what role, when and what. Written before the change commits,
 * so that it cannot happen unrecorded.
 */
@Component
class PlanAudit {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ChildAuditRepository entries;
  private final Clock clock;

  PlanAudit(ChildAuditRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanItemAdded added) {
    write(
        added.childId(),
        added.actorId(),
        added.actorName(),
        added.role(),
        "CREATE",
        "Added " + article(added.kind()) + " to the plan: " + added.words());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanItemChanged changed) {
    write(
        changed.childId(),
        changed.actorId(),
        changed.actorName(),
        changed.role(),
        "UPDATE",
        "Changed " + article(changed.kind()) + " in the plan: " + changed.words());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanItemRemoved removed) {
    write(
        removed.childId(),
        removed.actorId(),
        removed.actorName(),
        removed.role(),
        "DELETE",
        "Removed " + article(removed.kind()) + " from the plan: " + removed.words());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanCommentAdded comment) {
    write(
        comment.childId(),
        comment.actorId(),
        comment.actorName(),
        comment.role(),
        "CREATE",
        "Commented on " + article(comment.kind()) + " in the plan: " + comment.words());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanAgreed agreed) {
    write(
        agreed.childId(),
        agreed.actorId(),
        agreed.actorName(),
        agreed.role(),
        "UPDATE",
        "Agreed version " + agreed.planVersion() + " of the plan");
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(ReviewRecorded review) {
    write(
        review.childId(),
        review.actorId(),
        review.actorName(),
        review.role(),
        "CREATE",
        "Recorded the review held on "
            + DAY.format(review.heldOn())
            + ": "
            + decision(review.decision())
            + "; next review by "
            + DAY.format(review.nextReviewOn()));
  }

  private static String decision(ReviewDecision decision) {
    return switch (decision) {
      case CONTINUE -> "keep going with the plan as it is";
      case ADJUST -> "change the plan";
      case REQUEST_EHC_NEEDS_ASSESSMENT -> "ask the council for an EHC needs assessment";
      case END_SEN_SUPPORT -> "end SEN support";
    };
  }

  private void write(
      UUID childId, UUID actorId, String actorName, Relationship role, String action, String what) {
    entries.save(
        new ChildAuditEntry(
            childId, clock.instant(), actorId, actorName, role.name(), action, what));
  }

  private static String article(PlanItemKind kind) {
    String singular = kind.singular();
    return (singular.startsWith("a") || singular.startsWith("o") ? "an " : "a ") + singular;
  }
}

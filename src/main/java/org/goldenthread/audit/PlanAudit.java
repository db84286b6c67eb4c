package org.goldenthread.audit;

import static org.goldenthread.child.Happened.day;
import static org.goldenthread.child.Happened.words;
import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.util.UUID;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.plan.PlanAgreed;
import org.goldenthread.plan.PlanCommentAdded;
import org.goldenthread.plan.PlanItemAdded;
import org.goldenthread.plan.PlanItemChanged;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.PlanItemRemoved;
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

  private final ChildAuditRepository entries;
  private final HappenedWords happenedWords;
  private final Clock clock;

  PlanAudit(ChildAuditRepository entries, HappenedWords happenedWords, Clock clock) {
    this.entries = entries;
    this.happenedWords = happenedWords;
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
        Happened.of("audit.what.plan.added", item(added.kind()), written(added.words())));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanItemChanged changed) {
    write(
        changed.childId(),
        changed.actorId(),
        changed.actorName(),
        changed.role(),
        "UPDATE",
        Happened.of("audit.what.plan.changed", item(changed.kind()), written(changed.words())));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanItemRemoved removed) {
    write(
        removed.childId(),
        removed.actorId(),
        removed.actorName(),
        removed.role(),
        "DELETE",
        Happened.of("audit.what.plan.removed", item(removed.kind()), written(removed.words())));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanCommentAdded comment) {
    write(
        comment.childId(),
        comment.actorId(),
        comment.actorName(),
        comment.role(),
        "CREATE",
        Happened.of("audit.what.plan.commented", item(comment.kind()), written(comment.words())));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(PlanAgreed agreed) {
    write(
        agreed.childId(),
        agreed.actorId(),
        agreed.actorName(),
        agreed.role(),
        "UPDATE",
        Happened.of("audit.what.plan.agreed", written(String.valueOf(agreed.planVersion()))));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(ReviewRecorded review) {
    write(
        review.childId(),
        review.actorId(),
        review.actorName(),
        review.role(),
        "CREATE",
        Happened.of(
            "audit.what.plan.reviewed",
            day(review.heldOn()),
            words("audit.review.decision." + review.decision().name()),
            day(review.nextReviewOn())));
  }

  private void write(
      UUID childId,
      UUID actorId,
      String actorName,
      Relationship role,
      String action,
      Happened happened) {
    entries.save(
        new ChildAuditEntry(
            childId,
            clock.instant(),
            actorId,
            actorName,
            role.name(),
            action,
            happened,
            happenedWords.inEnglish(happened)));
  }

  /** "an outcome", "a need": the kind of item, as a sentence names one. */
  private static Happened.Argument item(PlanItemKind kind) {
    return words("audit.plan.item." + kind.name());
  }
}

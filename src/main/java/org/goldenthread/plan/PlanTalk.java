package org.goldenthread.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What people say about the plan without changing it: comments on its items, and agreeing a version
 * of it. Neither changes the plan's version.
 */
@Component
class PlanTalk {

  private final PlanStore store;
  private final PlanCommentRepository comments;
  private final PlanAgreementRepository agreements;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanTalk(
      PlanStore store,
      PlanCommentRepository comments,
      PlanAgreementRepository agreements,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.comments = comments;
    this.agreements = agreements;
    this.events = events;
    this.clock = clock;
  }

  CommentView comment(AccessibleChild child, PlanItemKind kind, UUID itemId, String text) {
    PlanRights rights = PlanRights.of(child.grant());
    PlanRights.require(rights.canComment());
    store
        .load(child.id(), ProvisionCosting.ProvisionCost.NONE)
        .find(kind, itemId)
        .orElseThrow(NotFound::error);
    String words = TextRules.tidy(text);
    if (words == null) {
      throw ValidationProblem.of("text", "plan.error.comment.text");
    }
    if (words.length() > ItemRules.MAX_TEXT) {
      throw ValidationProblem.of("text", "plan.error.tooLong");
    }
    PlanComment comment =
        comments.save(
            new PlanComment(
                child.id(),
                kind,
                itemId,
                child.user().id(),
                child.user().displayName(),
                rights.isFamily(),
                words,
                clock.instant()));
    events.publishEvent(
        new PlanCommentAdded(
            child.id(),
            kind,
            itemId,
            child.user().id(),
            child.user().displayName(),
            child.grant().principal(),
            Items.shortened(words, 80)));
    return comment.view();
  }

  /**
   * Agrees the version of the plan the person read, today. Agreeing the same version twice answers
   * the first agreement.
   *
   * @throws EditConflict when the plan has changed since that version
   */
  AgreementView agree(AccessibleChild child, long version) {
    PlanRights rights = PlanRights.of(child.grant());
    PlanRights.require(rights.canAgree());
    Instant now = clock.instant();
    long revision = store.lock(child.id(), now).revision();
    if (revision == 0) {
      throw ValidationProblem.of("version", "plan.error.nothingToAgree");
    }
    EditConflict.check(version, revision);
    return agreements
        .findByChildIdAndPlanRevisionAndUserId(child.id(), revision, child.user().id())
        .map(PlanAgreement::view)
        .orElseGet(
            () -> {
              LocalDate today = LocalDate.ofInstant(now, clock.getZone());
              PlanAgreement agreement =
                  agreements.save(
                      new PlanAgreement(
                          child.id(),
                          revision,
                          child.user().id(),
                          child.user().displayName(),
                          rights.agreementRole(),
                          today,
                          now));
              events.publishEvent(
                  new PlanAgreed(
                      child.id(),
                      revision,
                      child.user().id(),
                      child.user().displayName(),
                      child.grant().principal(),
                      today));
              return agreement.view();
            });
  }

  List<CommentView> comments(UUID childId) {
    return comments.findByChildIdOrderByWrittenAtAscIdAsc(childId).stream()
        .map(PlanComment::view)
        .toList();
  }

  /** Every agreement, newest first. */
  List<AgreementView> agreements(UUID childId) {
    return agreements.findByChildIdOrderByAgreedAtDescIdAsc(childId).stream()
        .map(PlanAgreement::view)
        .toList();
  }
}

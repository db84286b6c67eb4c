package org.goldenthread.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graduated-approach reviews of a child's plan (assess, plan, do, review): each records progress on
 * every outcome with its evidence, the parent's view, the child's view, a decision and the date of
 * the next review. Everyone who may see the child reads them; staff on the team record them ({@link
 * PlanRights}). Recording the latest review also sets each outcome's status in the plan to the
 * progress recorded, as a change of the plan made by the reviewer (so the plan's history keeps it).
 * A review is a record of what happened: once recorded it is not changed.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

  private final ReviewRepository reviews;
  private final PlanStore store;
  private final PlanChanges changes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reviews(
      ReviewRepository reviews,
      PlanStore store,
      PlanChanges changes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reviews = reviews;
    this.store = store;
    this.changes = changes;
    this.events = events;
    this.clock = clock;
  }

  /** Every review of the child's plan, newest first (by the day held, then when recorded). */
  public List<ReviewView> list(AccessibleChild child) {
    return reviews.findByChildIdOrderByHeldOnDescRecordedAtDescIdAsc(child.id()).stream()
        .map(Review::view)
        .toList();
  }

  /** The latest review (by the day held), if there has been one. */
  public Optional<ReviewView> latest(AccessibleChild child) {
    return list(child).stream().findFirst();
  }

  /**
   * One review.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not a review of this
   *     child
   */
  public ReviewView get(AccessibleChild child, UUID reviewId) {
    return reviews
        .findByIdAndChildId(reviewId, child.id())
        .map(Review::view)
        .orElseThrow(Plans::notFound);
  }

  /** The outcomes a review records progress on now: every current outcome, in plan order. */
  public List<OutcomeView> outcomesToReview(AccessibleChild child) {
    return store.load(child.id(), CostRateTable.defaults()).content().outcomes();
  }

  /** Whether the person may record a review of this child's plan. */
  public boolean mayRecord(AccessibleChild child) {
    return PlanRights.of(child.grant()).canRecordReview();
  }

  /** Refuses, with 403, someone who may not record a review. */
  public void requireRecord(AccessibleChild child) {
    PlanRights.require(mayRecord(child));
  }

  /**
   * Records a review, today, by the person. When no other review was held after it, each outcome's
   * status in the plan becomes the progress recorded (a review written up late does not undo a
   * newer one).
   *
   * @throws ValidationProblem listing every rule the review breaks (see {@link ReviewRules})
   */
  @Transactional
  public ReviewView record(AccessibleChild child, ReviewInput input) {
    requireRecord(child);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    store.lock(child.id(), now);
    List<OutcomeView> outcomes = outcomesToReview(child);
    ReviewRules.Checked checked =
        ReviewRules.checked(input, outcomes, LocalDate.ofInstant(now, clock.getZone()));
    ReviewInput review = checked.input();
    Review saved =
        reviews.save(
            new Review(
                child.id(),
                review,
                checked.progress(),
                child.user().id(),
                child.user().displayName(),
                now));
    if (!reviews.existsByChildIdAndHeldOnAfter(child.id(), review.heldOn())) {
      Map<UUID, OutcomeStatus> found = new LinkedHashMap<>();
      checked.progress().forEach(p -> found.put(p.view().outcomeId(), p.view().status()));
      changes.setStatuses(child, found);
    }
    events.publishEvent(
        new ReviewRecorded(
            child.id(),
            saved.id(),
            review.heldOn(),
            review.decision(),
            review.nextReviewOn(),
            checked.progress().size(),
            child.user().id(),
            child.user().displayName(),
            child.grant().principal()));
    return saved.view();
  }
}

package org.goldenthread.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.Plans;
import org.goldenthread.voice.RecordedView;
import org.goldenthread.voice.Views;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graduated-approach reviews of a child's plan (assess, plan, do, review): each records progress on
 * every outcome with its evidence, the parent's view, the child's view, a decision and the date of
 * the next review, and the child's and the family's views it answered, linked rather than copied
 * (through {@code voice}'s public API). Everyone who may see the child reads them; staff on the
 * team record them ({@link #mayRecord})). Recording the latest review also sets each outcome's
 * status in the plan to the progress recorded, as a change of the plan made by the reviewer (so the
 * plan's history keeps it). A review is a record of what happened: once recorded it is not changed.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

  private final ReviewRepository reviews;
  private final Plans plans;
  private final Views views;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reviews(
      ReviewRepository reviews,
      Plans plans,
      Views views,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reviews = reviews;
    this.plans = plans;
    this.views = views;
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
        .orElseThrow(NotFound::error);
  }

  /**
   * The child's and the family's views a new review may answer: those no earlier review answered,
   * the open loops first (oldest first), then the rest, newest first.
   */
  public List<RecordedView> viewsToAnswer(AccessibleChild child) {
    Set<UUID> answeredBefore =
        list(child).stream()
            .flatMap(review -> review.viewsAnswered().stream())
            .collect(Collectors.toSet());
    List<RecordedView> offered = new ArrayList<>(views.openLoops(child));
    views.allForChild(child).stream().filter(v -> !v.openLoop()).forEach(offered::add);
    offered.removeIf(v -> answeredBefore.contains(v.id()));
    return offered;
  }

  /** The views this review answered, in the order given (a view no longer kept is left out). */
  public List<RecordedView> viewsAnswered(AccessibleChild child, ReviewView review) {
    if (review.viewsAnswered().isEmpty()) {
      return List.of();
    }
    Map<UUID, RecordedView> byId =
        views.allForChild(child).stream()
            .collect(Collectors.toMap(RecordedView::id, Function.identity()));
    return review.viewsAnswered().stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The outcomes a review records progress on now: every current outcome, in plan order. */
  public List<OutcomeView> outcomesToReview(AccessibleChild child) {
    return plans.outcomes(child);
  }

  /**
   * Whether the person may record a review of this child's plan: those who may change its outcomes
   * (staff on the team), since a review sets their progress.
   */
  public boolean mayRecord(AccessibleChild child) {
    return plans.mayEdit(child, PlanItemKind.OUTCOMES);
  }

  /** Refuses, with 403, someone who may not record a review. */
  public void requireRecord(AccessibleChild child) {
    plans.requireEdit(child, PlanItemKind.OUTCOMES);
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
    plans.hold(child);
    List<OutcomeView> outcomes = outcomesToReview(child);
    Set<UUID> childsViews =
        views.allForChild(child).stream().map(RecordedView::id).collect(Collectors.toSet());
    ReviewRules.Checked checked =
        ReviewRules.checked(
            input, outcomes, childsViews, LocalDate.ofInstant(now, clock.getZone()));
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
      plans.setOutcomeStatuses(child, found);
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

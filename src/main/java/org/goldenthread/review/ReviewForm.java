package org.goldenthread.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/**
 * A review as typed on the page: one progress entry per outcome shown (its id in a hidden field),
 * the views, the decision and the two dates, kept as typed so that nothing is lost when the page is
 * shown again with errors.
 */
record ReviewForm(
    DateInput heldOn,
    List<ProgressForm> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    String decision,
    String decisionNotes,
    DateInput nextReviewOn,
    List<String> viewsAnswered) {

  /** Progress on one outcome as typed. */
  record ProgressForm(String outcomeId, String status, String evidence) {}

  /** An empty review of these outcomes. */
  static ReviewForm empty(List<OutcomeView> outcomes) {
    return new ReviewForm(
            DateInput.empty(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            DateInput.empty(),
            List.of())
        .alignedTo(outcomes);
  }

  /**
   * The same form with one progress entry for each of these outcomes, in their order: what was
   * typed for an outcome stays with it, and an outcome added since the page was shown gets an empty
   * entry.
   */
  ReviewForm alignedTo(List<OutcomeView> outcomes) {
    Map<String, ProgressForm> typed = new HashMap<>();
    if (progress != null) {
      progress.stream()
          .filter(p -> p != null && p.outcomeId() != null)
          .forEach(p -> typed.putIfAbsent(p.outcomeId().strip(), p));
    }
    List<ProgressForm> entries = new ArrayList<>();
    for (OutcomeView outcome : outcomes) {
      String id = outcome.id().toString();
      ProgressForm entry = typed.get(id);
      entries.add(
          entry == null
              ? new ProgressForm(id, null, null)
              : new ProgressForm(id, entry.status(), entry.evidence()));
    }
    return new ReviewForm(
        heldOn == null ? DateInput.empty() : heldOn,
        entries,
        parentView,
        childView,
        childViewGatheredBy,
        decision,
        decisionNotes,
        nextReviewOn == null ? DateInput.empty() : nextReviewOn,
        viewsAnswered == null ? List.of() : viewsAnswered);
  }

  /** What was entered, for the service to check. */
  ReviewInput input() {
    List<ReviewInput.Progress> entries = new ArrayList<>();
    for (ProgressForm entry : progress) {
      entries.add(
          new ReviewInput.Progress(
              UUID.fromString(entry.outcomeId()),
              choice(OutcomeStatus.class, entry.status()),
              entry.evidence()));
    }
    return new ReviewInput(
        date(heldOn),
        entries,
        parentView,
        childView,
        childViewGatheredBy,
        choice(ReviewDecision.class, decision),
        decisionNotes,
        date(nextReviewOn),
        viewIds());
  }

  /**
   * The views ticked: a value that is not an id is kept as a null id, so that the service names the
   * field rather than the view being dropped without a word.
   */
  private List<UUID> viewIds() {
    List<UUID> ids = new ArrayList<>();
    if (viewsAnswered != null) {
      viewsAnswered.stream()
          .filter(v -> v != null && !v.isBlank())
          .forEach(v -> ids.add(PageForms.id(v)));
    }
    return ids;
  }

  private static LocalDate date(DateInput date) {
    return date == null ? null : date.toLocalDate().orElse(null);
  }

  /** A choice posted by the form; anything that is not one of the choices reads as none. */
  private static <E extends Enum<E>> E choice(Class<E> type, String posted) {
    if (posted == null || posted.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, posted.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

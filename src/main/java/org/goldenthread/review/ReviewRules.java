package org.goldenthread.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * Tidies what was entered for a review (spaces trimmed, blank is empty) and checks it against the
 * plan as it is now:
 *
 * <ul>
 *   <li>every current outcome has one progress entry, with a status and evidence (field {@code
 *       progress[<outcomeId>]} when the entry is missing, {@code progress[<outcomeId>].status} or
 *       {@code .evidence} when part of it is);
 *   <li>no entry is about an outcome that is not in the plan, and none is given twice;
 *   <li>the plan has at least one outcome to review;
 *   <li>the day it was held is given and not in the future; the next review is given and after it;
 *   <li>a decision is chosen;
 *   <li>the views, how the child's view was gathered and the reasons for the decision may be blank,
 *       and no text is longer than {@link #MAX_TEXT};
 *   <li>every view answered is one of the child's views (field {@code viewsAnswered}); one given
 *       twice counts once.
 * </ul>
 *
 * Every broken rule is reported at once.
 */
final class ReviewRules {

  static final int MAX_TEXT = 4000;

  private final List<FieldMessage> problems = new ArrayList<>();

  private ReviewRules() {}

  /** A checked review: the input tidied, and its progress entries in plan order. */
  record Checked(ReviewInput input, List<ReviewProgress> progress) {}

  /**
   * The review tidied, when it keeps every rule.
   *
   * @param outcomes the plan's current outcomes, in plan order
   * @param childsViews the ids of the child's views
   * @param today today in England
   * @throws ValidationProblem listing every field that breaks a rule
   */
  static Checked checked(
      ReviewInput input, List<OutcomeView> outcomes, Set<UUID> childsViews, LocalDate today) {
    ReviewRules rules = new ReviewRules();
    Checked checked = rules.check(input, outcomes, childsViews, today);
    if (!rules.problems.isEmpty()) {
      throw new ValidationProblem(rules.problems);
    }
    return checked;
  }

  private Checked check(
      ReviewInput input, List<OutcomeView> outcomes, Set<UUID> childsViews, LocalDate today) {
    LocalDate heldOn = input.heldOn();
    if (heldOn == null) {
      problem("heldOn", "review.error.heldOn.missing");
    } else if (heldOn.isAfter(today)) {
      problem("heldOn", "review.error.heldOn.future");
    }
    List<ReviewProgress> progress = progress(input.progress(), outcomes);
    String parentView = text("parentView", input.parentView());
    String childView = text("childView", input.childView());
    String gatheredBy = text("childViewGatheredBy", input.childViewGatheredBy());
    if (input.decision() == null) {
      problem("decision", "review.error.decision");
    }
    String notes = text("decisionNotes", input.decisionNotes());
    List<UUID> viewsAnswered = input.viewsAnswered().stream().distinct().toList();
    if (viewsAnswered.stream().anyMatch(id -> id == null || !childsViews.contains(id))) {
      problem("viewsAnswered", "review.error.viewsAnswered");
    }
    LocalDate next = input.nextReviewOn();
    if (next == null) {
      problem("nextReviewOn", "review.error.nextReviewOn.missing");
    } else if (heldOn != null && !next.isAfter(heldOn)) {
      problem("nextReviewOn", "review.error.nextReviewOn.afterHeldOn");
    }
    return new Checked(
        new ReviewInput(
            heldOn,
            input.progress(),
            parentView,
            childView,
            gatheredBy,
            input.decision(),
            notes,
            next,
            viewsAnswered),
        progress);
  }

  private List<ReviewProgress> progress(
      List<ReviewInput.Progress> entries, List<OutcomeView> outcomes) {
    if (outcomes.isEmpty()) {
      problem("progress", "review.error.progress.noOutcomes");
    }
    Map<UUID, OutcomeView> current = new LinkedHashMap<>();
    outcomes.forEach(outcome -> current.put(outcome.id(), outcome));
    Map<UUID, ReviewInput.Progress> given = new LinkedHashMap<>();
    Set<UUID> reported = new HashSet<>();
    for (ReviewInput.Progress entry : entries) {
      UUID id = entry.outcomeId();
      if (id == null) {
        problem("progress", "review.error.progress.outcomeId");
      } else if (!current.containsKey(id)) {
        if (reported.add(id)) {
          problem(field(id), "review.error.progress.notInPlan");
        }
      } else if (given.containsKey(id)) {
        if (reported.add(id)) {
          problem(field(id), "review.error.progress.twice");
        }
      } else {
        given.put(id, entry);
      }
    }
    List<ReviewProgress> progress = new ArrayList<>();
    for (OutcomeView outcome : current.values()) {
      ReviewInput.Progress entry = given.get(outcome.id());
      if (entry == null) {
        problem(field(outcome.id()), "review.error.progress.missing");
        continue;
      }
      if (entry.status() == null) {
        problem(field(outcome.id()) + ".status", "review.error.progress.status");
      }
      String evidence = TextRules.tidy(entry.evidence());
      if (evidence == null) {
        problem(field(outcome.id()) + ".evidence", "review.error.progress.evidence");
      } else if (evidence.length() > MAX_TEXT) {
        problem(field(outcome.id()) + ".evidence", "review.error.tooLong");
      }
      progress.add(new ReviewProgress(outcome, entry.status(), evidence));
    }
    return progress;
  }

  /** The field that names an outcome's progress entry: {@code progress[<outcomeId>]}. */
  static String field(UUID outcomeId) {
    return "progress[" + outcomeId + "]";
  }

  private String text(String field, String value) {
    String tidy = TextRules.tidy(value);
    if (tidy != null && tidy.length() > MAX_TEXT) {
      problem(field, "review.error.tooLong");
    }
    return tidy;
  }

  private void problem(String field, String message) {
    problems.add(new FieldMessage(field, message));
  }
}

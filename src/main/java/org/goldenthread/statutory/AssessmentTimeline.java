package org.goldenthread.statutory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.web.Dates;
import org.springframework.stereotype.Component;

/**
 * An assessment told in plain words for its page: what has happened (the request and each
 * milestone, oldest first), its deadlines as rows, and the steps that may be recorded next.
 */
@Component
class AssessmentTimeline {

  private final DeadlineRows rows;
  private final Dates dates;

  AssessmentTimeline(DeadlineRows rows, Dates dates) {
    this.rows = rows;
    this.dates = dates;
  }

  /** One line of what has happened. */
  record Entry(String day, String textKey, String argument, String note, String recordedBy) {}

  /** A step that may be recorded next, and the address of its form. */
  record Step(MilestoneKind kind, String slug) {

    static Step of(MilestoneKind kind) {
      return new Step(kind, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    static Optional<MilestoneKind> kindOf(String slug) {
      return Arrays.stream(MilestoneKind.values())
          .filter(kind -> Step.of(kind).slug().equals(slug))
          .findFirst();
    }
  }

  /** The page's view: the entries, and the deadlines still open and those met or passed. */
  record View(List<Entry> happened, List<DeadlineRow> open, List<DeadlineRow> done) {}

  View of(AssessmentView assessment) {
    Map<UUID, String> advisers =
        assessment.events().stream()
            .filter(e -> e.kind() == MilestoneKind.ADVICE_REQUESTED)
            .collect(Collectors.toMap(Milestone::id, Milestone::adviser));
    List<Entry> happened = new ArrayList<>();
    happened.add(
        new Entry(
            dates.date(assessment.requestedOn()),
            "statutory.event.REQUESTED." + assessment.requestedBy(),
            null,
            null,
            null));
    for (Milestone step : assessment.events()) {
      happened.add(
          new Entry(
              dates.date(step.on()),
              textKey(step),
              argument(step, advisers::get),
              step.note(),
              step.recordedBy()));
    }
    List<DeadlineRow> deadlineRows = rows.of(assessment.deadlines());
    return new View(
        happened,
        deadlineRows.stream().filter(DeadlineRow::shownAsOpen).toList(),
        deadlineRows.stream().filter(row -> !row.shownAsOpen()).toList());
  }

  /** The steps the process allows next, in the order they usually come. */
  List<Step> nextSteps(AssessmentView assessment) {
    AssessmentClock clock = AssessmentClock.replay(assessment.requestedOn(), assessment.events());
    return Arrays.stream(MilestoneKind.values()).filter(clock::allows).map(Step::of).toList();
  }

  private static String textKey(Milestone step) {
    String key = "statutory.event." + step.kind();
    if (step.kind() == MilestoneKind.DECISION_TO_ASSESS && Boolean.FALSE.equals(step.assess())) {
      return key + ".refused";
    }
    if (step.kind() == MilestoneKind.EXCEPTION) {
      return key + "." + step.reason();
    }
    return key;
  }

  private static String argument(Milestone step, Function<UUID, String> adviserOf) {
    return switch (step.kind()) {
      case ADVICE_REQUESTED -> step.adviser();
      case ADVICE_RECEIVED -> adviserOf.apply(step.adviceId());
      default -> null;
    };
  }
}

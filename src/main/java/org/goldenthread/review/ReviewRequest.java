package org.goldenthread.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.web.Parse;

/**
 * A review as the API receives it, as text so that a value that does not read is a field error (for
 * a progress entry, {@code progress[<outcomeId>].status}), not an unreadable request.
 */
record ReviewRequest(
    String heldOn,
    List<ProgressRequest> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    String decision,
    String decisionNotes,
    String nextReviewOn,
    List<String> viewsAnswered) {

  /** Progress on one outcome: its id, a status (api.md's outcome statuses) and the evidence. */
  record ProgressRequest(String outcomeId, String status, String evidence) {}

  ReviewInput input() {
    Parse parse = new Parse();
    List<ReviewInput.Progress> entries = new ArrayList<>();
    for (ProgressRequest entry : progress == null ? List.<ProgressRequest>of() : progress) {
      if (entry == null) {
        continue;
      }
      UUID outcomeId = parse.id("progress.outcomeId", entry.outcomeId());
      String field = outcomeId == null ? "progress" : ReviewRules.field(outcomeId);
      entries.add(
          new ReviewInput.Progress(
              outcomeId,
              parse.choice(field + ".status", entry.status(), OutcomeStatus.class),
              entry.evidence()));
    }
    List<UUID> views = new ArrayList<>();
    for (String view : viewsAnswered == null ? List.<String>of() : viewsAnswered) {
      views.add(parse.id("viewsAnswered", view));
    }
    ReviewInput input =
        new ReviewInput(
            parse.date("heldOn", heldOn),
            entries,
            parentView,
            childView,
            childViewGatheredBy,
            parse.choice("decision", decision, ReviewDecision.class),
            decisionNotes,
            parse.date("nextReviewOn", nextReviewOn),
            views);
    parse.done();
    return input;
  }
}

package org.goldenthread.concern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Early concerns through the API ({@code /children/{id}/concerns}, issue 16's shapes). */
@RestController
@Tag(name = "Early concerns")
class ConcernApiController {

  private final Concerns concerns;
  private final ConcernDecisions decisions;

  ConcernApiController(Concerns concerns, ConcernDecisions decisions) {
    this.concerns = concerns;
    this.decisions = decisions;
  }

  @GetMapping("/api/v1/children/{childId}/concerns")
  @Operation(
      operationId = "listConcerns",
      summary =
          "The child's concerns, newest first, each with the day its decision is due (15 school"
              + " days on), status (OPEN or DECIDED), late, the first-concern meeting booked for"
              + " it and the decision with its reasons")
  PageOf<ConcernView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return concerns.forChild(child, page, size);
  }

  @PostMapping("/api/v1/children/{childId}/concerns")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "raiseConcern",
      summary =
          "Raise a concern (a parent with parental responsibility, the young person, or the"
              + " school's staff and the child's team): noticed (what you have noticed; needed),"
              + " examples, tried (what has been tried) and childSays (what the child says), each"
              + " at most 10,000 characters. Raised today; the school's SENCOs are told, and its"
              + " decision is due in 15 school days (answerDueOn). 400 naming each field missing"
              + " or wrong; 403 for someone who may see the child but not raise a concern")
  ConcernView raise(AccessibleChild child, @RequestBody ConcernBodyIn body) {
    return concerns.raise(
        child, new ConcernInput(body.noticed(), body.examples(), body.tried(), body.childSays()));
  }

  @GetMapping("/api/v1/concerns/{concernId}")
  @Operation(
      operationId = "getConcern",
      summary = "One concern, with its first-concern meeting and decision when it has them")
  ConcernView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String concernId) {
    return concerns.read(user, NotFound.id(concernId)).concern();
  }

  @PostMapping("/api/v1/concerns/{concernId}/decision")
  @Operation(
      operationId = "decideConcern",
      summary =
          "Record the decision on a concern, today, in writing (the school's SENCO, head or a"
              + " teacher; an officer of the child's authority only REQUEST_EHC_ASSESSMENT, which"
              + " only the SENCO, head and officer may record; 403 for anyone else, the family"
              + " included): decision (MONITOR, SEN_SUPPORT or REQUEST_EHC_ASSESSMENT), reasons"
              + " (at most 10,000 characters), reviewOn (needed for MONITOR; not in the past),"
              + " and optionally meetingId (the meeting held since the concern at which it was"
              + " made; by default its first-concern meeting once held), withoutMeeting (true"
              + " when made without a meeting), how (how it was made without one, such as after"
              + " a phone call; at most 500 characters) and version (a stale one is a 409)."
              + " SEN_SUPPORT puts a child with no SEN on SEN support (K) and starts the plan;"
              + " REQUEST_EHC_ASSESSMENT starts the statutory clock (assessmentId; 409 of type"
              + " out-of-order while an assessment is under way). A concern is decided once: a"
              + " second decision is a 409 with nothing changed")
  ConcernView decide(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String concernId,
      @RequestBody DecisionBodyIn body) {
    Concerns.Opened opened = concerns.open(user, NotFound.id(concernId));
    DecisionInput input =
        new DecisionInput(
            body.decision(),
            body.reasons(),
            body.reviewOn(),
            body.meetingId(),
            body.withoutMeeting(),
            body.how());
    return decisions.decide(opened.child(), opened.concern().id(), input, body.version());
  }

  /** A concern as the API receives it. */
  @Schema(name = "ConcernInput")
  record ConcernBodyIn(String noticed, String examples, String tried, String childSays) {}

  /** A decision as the API receives it. */
  @Schema(name = "ConcernDecisionInput")
  record DecisionBodyIn(
      ConcernDecision decision,
      String reasons,
      LocalDate reviewOn,
      UUID meetingId,
      Boolean withoutMeeting,
      String how,
      Long version) {}
}

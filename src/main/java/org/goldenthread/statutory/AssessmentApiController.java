package org.goldenthread.statutory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.deadline.AllowedException;
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

/** EHC needs assessments through the API (api.md, {@code /children/{id}/ehc-assessments}). */
@RestController
@Tag(name = "EHC needs assessments")
class AssessmentApiController {

  private final EhcAssessments assessments;

  AssessmentApiController(EhcAssessments assessments) {
    this.assessments = assessments;
  }

  @GetMapping("/api/v1/children/{childId}/ehc-assessments")
  @Operation(
      operationId = "listAssessments",
      summary = "The child's EHC needs assessments with their deadlines, newest first")
  PageOf<AssessmentView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(assessments.forChild(child), page, size);
  }

  @PostMapping("/api/v1/children/{childId}/ehc-assessments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "requestAssessment",
      summary =
          "Record a request for an EHC needs assessment (a parent, the young person, the school's"
              + " SENCO or head, or an officer of the child's authority): requestedOn (the day"
              + " the authority received it, not in the future) and requestedBy (PARENT,"
              + " YOUNG_PERSON, SCHOOL or OTHER). It starts the clock: the decision whether to"
              + " assess is due 6 weeks on and the final plan 20 weeks on. 409 while another is"
              + " under way")
  AssessmentView request(AccessibleChild child, @RequestBody AssessmentRequest body) {
    return assessments.request(child, body.requestedOn(), body.requestedBy());
  }

  @GetMapping("/api/v1/ehc-assessments/{assessmentId}")
  @Operation(
      operationId = "getAssessment",
      summary = "One EHC needs assessment with its deadlines and milestones")
  AssessmentView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String assessmentId) {
    return assessments.open(user, NotFound.id(assessmentId)).assessment();
  }

  @PostMapping("/api/v1/ehc-assessments/{assessmentId}/events")
  @Operation(
      operationId = "recordAssessmentEvent",
      summary =
          "Record a milestone (an officer of the child's authority, or the school's SENCO or"
              + " head): kind (DECISION_TO_ASSESS with assess false for a refusal,"
              + " ADVICE_REQUESTED with adviser, ADVICE_RECEIVED with adviceId, the id of the"
              + " ADVICE_REQUESTED event, DECISION_NOT_TO_ISSUE, DRAFT_ISSUED, FINAL_ISSUED, or"
              + " EXCEPTION with reason SCHOOL_CLOSED, FAMILY_AWAY or EXCEPTIONAL_CIRCUMSTANCES"
              + " and a note), on (the day it happened: not in the future, nor before the step"
              + " it follows), note, and version (optional: a stale one is a 409). Answers the"
              + " assessment with its deadlines worked out again; a step where the process"
              + " does not allow it is a 409 of type out-of-order")
  AssessmentView record(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String assessmentId,
      @RequestBody MilestoneRequest body) {
    EhcAssessments.Opened opened = assessments.open(user, NotFound.id(assessmentId));
    return assessments.record(
        opened.child(), opened.assessment().id(), body.input(), body.version());
  }

  /** A request for an assessment as the API receives it. */
  record AssessmentRequest(LocalDate requestedOn, RequestedBy requestedBy) {}

  /** A milestone as the API receives it. */
  record MilestoneRequest(
      MilestoneKind kind,
      LocalDate on,
      Boolean assess,
      String adviser,
      UUID adviceId,
      AllowedException.Reason reason,
      String note,
      Long version) {

    MilestoneInput input() {
      return new MilestoneInput(kind, on, assess, adviser, adviceId, reason, note);
    }
  }
}

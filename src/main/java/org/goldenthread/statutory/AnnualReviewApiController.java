package org.goldenthread.statutory;

import io.swagger.v3.oas.annotations.Operation;
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

/** Annual reviews of EHC plans through the API ({@code /children/{id}/annual-reviews}). */
@RestController
@Tag(name = "Annual reviews")
class AnnualReviewApiController {

  private final AnnualReviews reviews;

  AnnualReviewApiController(AnnualReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/api/v1/children/{childId}/annual-reviews")
  @Operation(
      operationId = "listAnnualReviews",
      summary = "The child's annual reviews with their deadlines, the latest meeting first")
  PageOf<AnnualReviewView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(reviews.forChild(child), page, size);
  }

  @PostMapping("/api/v1/children/{childId}/annual-reviews")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "startAnnualReview",
      summary =
          "Record an annual review of the child's EHC plan (the school's SENCO or head):"
              + " meetingOn, the day of the review meeting, and meetingId (optional), a meeting"
              + " of kind ANNUAL_REVIEW already arranged for the child, whose day it must be."
              + " Without meetingId a meeting of kind ANNUAL_REVIEW is made at the child's"
              + " school: a draft to complete and book when the day is still to come. Answers"
              + " the review with its deadlines (invitations 2 weeks before, the report 2 weeks"
              + " after, the authority's decision 4 weeks after, and the next review). 409 for a"
              + " child without a final EHC plan (SEN status E), or a review already on that day")
  AnnualReviewView record(AccessibleChild child, @RequestBody AnnualReviewRequest body) {
    return reviews.record(child, body.meetingOn(), body.meetingId());
  }

  @GetMapping("/api/v1/annual-reviews/{reviewId}")
  @Operation(
      operationId = "getAnnualReview",
      summary = "One annual review with its deadlines and steps")
  AnnualReviewView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String reviewId) {
    return reviews.open(user, NotFound.id(reviewId)).review();
  }

  @PostMapping("/api/v1/annual-reviews/{reviewId}/events")
  @Operation(
      operationId = "recordAnnualReviewEvent",
      summary =
          "Record a step of an annual review (the SENCO or head, or an officer of the child's"
              + " authority): kind (AMENDMENTS_PROPOSED, DECISION, FINAL_AMENDED, and also"
              + " INVITATIONS_SENT and REPORT_SENT, which the review's meeting records by itself"
              + " when it is booked and closed), on (the day it happened: not in the future, not"
              + " before the meeting, invitations not after it) and version (optional: a stale"
              + " one is a 409). Each step once; FINAL_AMENDED after AMENDMENTS_PROPOSED, which"
              + " starts the 8 weeks for the final amended plan. A step out of order is a 409 of"
              + " type out-of-order")
  AnnualReviewView recordStep(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String reviewId,
      @RequestBody AnnualReviewStepRequest body) {
    AnnualReviews.Opened opened = reviews.open(user, NotFound.id(reviewId));
    return reviews.recordStep(
        opened.child(), opened.review().id(), body.kind(), body.on(), body.version());
  }

  /** A review as the API receives it. */
  record AnnualReviewRequest(LocalDate meetingOn, UUID meetingId) {}

  /** A step as the API receives it. */
  record AnnualReviewStepRequest(ReviewStepKind kind, LocalDate on, Long version) {}
}

package org.goldenthread.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Graduated-approach reviews through the API (api.md, {@code /children/{id}/reviews}). */
@RestController
@RequestMapping("/api/v1/children/{childId}/reviews")
@Tag(name = "Reviews")
class ReviewApiController {

  private final Reviews reviews;
  private final ReviewDocument document;

  ReviewApiController(Reviews reviews, ReviewDocument document) {
    this.reviews = reviews;
    this.document = document;
  }

  @GetMapping
  @Operation(
      operationId = "listReviews",
      summary = "The reviews of the child's plan, newest first (by the day held)")
  PageOf<ReviewView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(reviews.list(child), page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "recordReview",
      summary =
          "Record a review (staff on the team): progress with evidence on every current outcome"
              + " (progress: [{outcomeId, status, evidence}]), heldOn (not in the future),"
              + " parentView, childView, childViewGatheredBy, decision (CONTINUE, ADJUST,"
              + " REQUEST_EHC_NEEDS_ASSESSMENT or END_SEN_SUPPORT), decisionNotes and nextReviewOn"
              + " (after heldOn); optionally viewsAnswered, the ids of the child's and the family's"
              + " views (/children/{id}/views) it answered. A missing entry is an error on"
              + " progress[<outcomeId>]. The latest review sets each outcome's status in the plan")
  ReviewView record(AccessibleChild child, @RequestBody ReviewRequest body) {
    reviews.requireRecord(child);
    return reviews.record(child, body.input());
  }

  @GetMapping("/{reviewId}")
  @Operation(
      operationId = "getReview",
      summary = "One review, with the outcomes as they stood when it was held")
  ReviewView review(AccessibleChild child, @PathVariable String reviewId) {
    return reviews.get(child, NotFound.id(reviewId));
  }

  @GetMapping(value = "/{reviewId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(
      operationId = "getReviewPdf",
      summary =
          "One review as an accessible PDF (tagged PDF/UA) to print or keep, answered as a"
              + " download named review-<given>-<family>-<held on>.pdf")
  ResponseEntity<byte[]> pdf(AccessibleChild child, @PathVariable String reviewId, Locale locale) {
    return document.download(child, NotFound.id(reviewId), locale);
  }
}

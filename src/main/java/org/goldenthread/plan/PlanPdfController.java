package org.goldenthread.plan;

import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan and its reviews as PDFs for the pages: the download links the plan and review pages
 * show, signed in with the session. The API answers the same documents at {@code
 * /api/v1/children/{childId}/plan/pdf} and {@code …/reviews/{reviewId}/pdf}.
 */
@Controller
class PlanPdfController {

  private final PlanDocument document;
  private final ReviewDocument reviewDocument;

  PlanPdfController(PlanDocument document, ReviewDocument reviewDocument) {
    this.document = document;
    this.reviewDocument = reviewDocument;
  }

  @GetMapping(value = "/children/{childId}/plan.pdf")
  ResponseEntity<byte[]> download(AccessibleChild child, Locale locale) {
    return document.download(child, locale);
  }

  @GetMapping("/children/{childId}/reviews/{reviewId}/pdf")
  ResponseEntity<byte[]> review(
      AccessibleChild child, @PathVariable String reviewId, Locale locale) {
    return reviewDocument.download(child, PlanPaths.id(reviewId), locale);
  }
}

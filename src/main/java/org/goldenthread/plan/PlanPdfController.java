package org.goldenthread.plan;

import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The plan as a PDF for the pages: the download link the plan page shows, signed in with the
 * session. The API answers the same document at {@code /api/v1/children/{childId}/plan/pdf}.
 */
@Controller
class PlanPdfController {

  private final PlanDocument document;

  PlanPdfController(PlanDocument document) {
    this.document = document;
  }

  @GetMapping(value = "/children/{childId}/plan.pdf")
  ResponseEntity<byte[]> download(AccessibleChild child, Locale locale) {
    return document.download(child, locale);
  }
}

package org.goldenthread.statutory;

import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The draft EHC plan of an assessment, put together from the golden thread and the advice gathered,
 * as a page and as a PDF: for everyone who may see the assessment (404 for anyone else).
 */
@Controller
@RequestMapping("/children/{childId}/ehc-assessments/{assessmentId}")
class DraftPageController {

  static final String DRAFT = "statutory/draft";

  private final EhcDrafts drafts;
  private final DraftDocument document;

  DraftPageController(EhcDrafts drafts, DraftDocument document) {
    this.drafts = drafts;
    this.document = document;
  }

  @GetMapping("/draft")
  String show(AccessibleChild child, @PathVariable String assessmentId, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("draft", drafts.draft(child, NotFound.id(assessmentId)));
    return DRAFT;
  }

  @GetMapping("/draft.pdf")
  ResponseEntity<byte[]> pdf(
      AccessibleChild child, @PathVariable String assessmentId, Locale locale) {
    return document.download(child, NotFound.id(assessmentId), locale);
  }
}

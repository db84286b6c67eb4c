package org.goldenthread.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A draft EHC plan as a tagged PDF to print, send or keep, named {@code
 * draft-ehc-plan-<given>-<family>-<date>.pdf}. Its body is the page's own fragment.
 */
@Component
public class DraftDocument {

  static final String TEMPLATE = "statutory/draft-pdf";

  private final EhcDrafts drafts;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final Clock clock;

  DraftDocument(EhcDrafts drafts, PdfDocuments pdfs, MessageSource messages, Clock clock) {
    this.drafts = drafts;
    this.pdfs = pdfs;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The draft EHC plan of one of the child's assessments as a download: the pages' link, and the
   * subject access export, which puts the same document in its ZIP.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not an assessment of the
   *     child
   */
  public ResponseEntity<byte[]> download(AccessibleChild child, UUID assessmentId, Locale locale) {
    return download(child, drafts.draft(child, assessmentId), locale);
  }

  private ResponseEntity<byte[]> download(AccessibleChild child, DraftPlan draft, Locale locale) {
    LocalDate today = LocalDate.now(clock);
    String title =
        messages.getMessage(
            "statutory.draft.title", new Object[] {draft.child().displayName()}, locale);
    byte[] pdf =
        pdfs.render(
            TEMPLATE,
            Map.of(
                "title",
                title,
                "draft",
                draft,
                "printedOn",
                today,
                "printedBy",
                child.user().displayName()),
            locale);
    return PdfDocuments.attachment(
        PdfDocuments.fileName(
            "draft-ehc-plan",
            draft.child().givenName(),
            draft.child().familyName(),
            today.toString()),
        pdf);
  }
}

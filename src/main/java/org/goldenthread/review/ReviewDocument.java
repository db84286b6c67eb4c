package org.goldenthread.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * One review as a PDF to print or keep, for everyone who may read the plan: the API's {@code
 * /reviews/{id}/pdf} and the pages' link answer the same document, named {@code
 * review-<given>-<family>-<held on>.pdf}. Its body is the review page's own fragment.
 */
@Component
public class ReviewDocument {

  static final String TEMPLATE = "review/pdf";

  private final Reviews reviews;
  private final Children children;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final Dates dates;
  private final Clock clock;

  ReviewDocument(
      Reviews reviews,
      Children children,
      PdfDocuments pdfs,
      MessageSource messages,
      Dates dates,
      Clock clock) {
    this.reviews = reviews;
    this.children = children;
    this.pdfs = pdfs;
    this.messages = messages;
    this.dates = dates;
    this.clock = clock;
  }

  /**
   * One review of the child as a download; public for the subject access export, which puts the
   * same document in its ZIP.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not a review of the child
   */
  public ResponseEntity<byte[]> download(AccessibleChild child, UUID reviewId, Locale locale) {
    ReviewView review = reviews.get(child, reviewId);
    ChildSummary record = children.get(child);
    String heldOn = dates.date(review.heldOn());
    String title =
        messages.getMessage(
            "review.pdf.title", new Object[] {heldOn, record.displayName()}, locale);
    byte[] pdf =
        pdfs.render(
            TEMPLATE,
            Map.of(
                "title",
                title,
                "childRecord",
                record,
                "review",
                review,
                "viewsAnswered",
                reviews.viewsAnswered(child, review),
                "printedOn",
                LocalDate.now(clock),
                "printedBy",
                child.user().displayName()),
            locale);
    return PdfDocuments.attachment(
        PdfDocuments.fileName(
            "review", record.givenName(), record.familyName(), review.heldOn().toString()),
        pdf);
  }
}

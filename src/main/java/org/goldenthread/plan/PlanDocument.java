package org.goldenthread.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The plan as a PDF to print or keep, for everyone who may read the plan: the API's {@code
 * /plan/pdf} and the pages' {@code /plan.pdf} answer the same document, named {@code
 * plan-<given>-<family>-<date>.pdf}.
 */
@Component
class PlanDocument {

  static final String TEMPLATE = "plan/plan-pdf";

  private final Plans plans;
  private final Children children;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final Clock clock;

  PlanDocument(
      Plans plans, Children children, PdfDocuments pdfs, MessageSource messages, Clock clock) {
    this.plans = plans;
    this.children = children;
    this.pdfs = pdfs;
    this.messages = messages;
    this.clock = clock;
  }

  /** The plan as it is now, as a download. */
  ResponseEntity<byte[]> download(AccessibleChild child, Locale locale) {
    PlanView plan = plans.plan(child);
    ChildSummary record = children.get(child);
    LocalDate today = LocalDate.now(clock);
    byte[] pdf =
        pdfs.render(
            TEMPLATE,
            Map.of(
                "title",
                title(record, locale),
                "childRecord",
                record,
                "plan",
                plan,
                "thread",
                PrintedThread.of(plan),
                "printedOn",
                today,
                "printedBy",
                child.user().displayName(),
                "schoolWeeks",
                ProvisionFigures.SCHOOL_WEEKS),
            locale);
    return PdfDocuments.attachment(
        PdfDocuments.fileName("plan", record.givenName(), record.familyName(), today.toString()),
        pdf);
  }

  /** The document's title: "Plan for Sarah Bennett". */
  String title(ChildSummary record, Locale locale) {
    return messages.getMessage("plan.pdf.title", new Object[] {record.displayName()}, locale);
  }
}

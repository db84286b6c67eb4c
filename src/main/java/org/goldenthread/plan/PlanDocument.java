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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan as a PDF to print or keep, for everyone who may read the plan: the API's {@code
 * /plan/pdf} and the pages' {@code /plan.pdf} answer the same document, named {@code
 * plan-<given>-<family>-<date>.pdf}.
 */
@Component
public class PlanDocument {

  static final String TEMPLATE = "plan/plan-pdf";

  private final Plans plans;
  private final PlanCosts costs;
  private final Children children;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate reading;

  PlanDocument(
      Plans plans,
      PlanCosts costs,
      Children children,
      PdfDocuments pdfs,
      MessageSource messages,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.plans = plans;
    this.costs = costs;
    this.children = children;
    this.pdfs = pdfs;
    this.messages = messages;
    this.clock = clock;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
  }

  /**
   * The plan as it is now, as a download: the child's record and the plan are read in one read-only
   * transaction, and the document is made after it. Public for the subject access export, which
   * puts the same document in its ZIP.
   */
  public ResponseEntity<byte[]> download(AccessibleChild child, Locale locale) {
    Printed printed =
        reading.execute(status -> new Printed(children.get(child), plans.plan(child)));
    ChildSummary record = printed.record();
    PlanView plan = printed.plan();
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
                costs.schoolWeeks()),
            locale);
    return PdfDocuments.attachment(
        PdfDocuments.fileName("plan", record.givenName(), record.familyName(), today.toString()),
        pdf);
  }

  /** What the document prints: the child's record and the plan. */
  private record Printed(ChildSummary record, PlanView plan) {}

  /** The document's title: "Plan for Sarah Bennett". */
  String title(ChildSummary record, Locale locale) {
    return messages.getMessage("plan.pdf.title", new Object[] {record.displayName()}, locale);
  }
}

package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.review.ReviewFixtures.body;
import static org.goldenthread.review.ReviewFixtures.entry;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.goldenthread.IntegrationTest;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PdfFile;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A review as a PDF, through the API and the review page's link: tagged, titled, in English, valid
 * PDF/UA-1, holding the progress, the views and the decision, for those who may read the plan.
 */
@IntegrationTest
class ReviewPdfTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  ReviewFixtures fixtures;
  String senco;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new ReviewFixtures(context);
    senco = api.tokenFor(PlanFixtures.SENCO);
  }

  @Test
  void aRecordedReviewDownloadsAsATaggedAccessiblePdf() {
    ReviewFixtures.Planned child = fixtures.child();
    String reviewId = record(child);
    String familyName =
        api.get("/api/v1/children/" + child.id(), senco).json().get("familyName").asString();

    Download download = api.download(child.reviews() + "/" + reviewId + "/pdf", senco);

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo(
            "attachment; filename=\"review-robin-"
                + familyName.toLowerCase()
                + "-"
                + TODAY
                + ".pdf\"");
    String title = "Review held on " + new Dates().date(TODAY) + ": Robin " + familyName;
    try (PdfFile pdf = PdfFile.read(download.body())) {
      PDDocumentCatalog catalog = pdf.document().getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
      assertThat(pdf.tags()).contains("H1", "H2", "H3", "Table", "TH");
      assertThat(pdf.bookmarks()).contains("Progress on each outcome", "Views", "Decision");
      assertThat(pdf.text())
          .contains(title)
          .contains("Plays with two friends at breaktime", "Plays with Maya most days")
          .contains("I like the lunch club", "She talks about her friends at tea time")
          .contains("Keep going with the plan as it is");
    }
  }

  @Test
  void theFamilyDownloadsItFromTheReviewPageAndAStrangerMayNot() {
    ReviewFixtures.Planned child = fixtures.child();
    String reviewId = record(child);
    String pageLink = "/children/" + child.id() + "/reviews/" + reviewId + "/pdf";

    PageSession parent = new PageSession(port);
    parent.signIn(child.child().parentEmail(), ApiClient.DEMO_PASSWORD);
    assertThat(
            parent
                .get("/children/" + child.id() + "/reviews/" + reviewId)
                .document()
                .select("a[href=" + pageLink + "]"))
        .isNotEmpty();
    Download download = parent.download(pageLink);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");

    PageSession stranger = new PageSession(port);
    stranger.signIn("other.parent@example.org", ApiClient.DEMO_PASSWORD);
    assertThat(stranger.download(pageLink).status()).isEqualTo(404);
    assertThat(
            api.download(
                    child.reviews() + "/" + reviewId + "/pdf",
                    api.tokenFor("other.parent@example.org"))
                .status())
        .isEqualTo(404);
  }

  private String record(ReviewFixtures.Planned child) {
    String json =
        body(
            TODAY,
            TODAY.plusWeeks(12),
            "CONTINUE",
            entry(child.friends(), "IN_PROGRESS", "Plays with Maya most days"),
            entry(child.words(), "NOT_STARTED", "Not tried yet"));
    ApiClient.Response recorded = api.post(child.reviews(), senco, json);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    return recorded.json().get("id").asString();
  }
}

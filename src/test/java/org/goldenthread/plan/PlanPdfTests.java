package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PdfFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.JsonNode;

/**
 * The plan as a PDF, through the API and the pages' download link: an accessible document (tagged,
 * titled, in English, PDF/UA-1 and PDF/A-3u as veraPDF checks them) holding the whole thread, for
 * everyone who may read the plan and no one else.
 */
@IntegrationTest
class PlanPdfTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;
  ApiClient api;
  PlanFixtures fixtures;
  String senco;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new PlanFixtures(context);
    senco = api.tokenFor(PlanFixtures.SENCO);
  }

  @Test
  void aSencoDownloadsThePlanAsATaggedAccessiblePdf() {
    PlanFixtures.Fresh child = fixtures.child();
    threadFor(child);
    String name = familyName(child);

    Download download = api.download(pdfOf(child), senco);

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo(
            "attachment; filename=\"plan-robin-"
                + name.toLowerCase()
                + "-"
                + LocalDate.now(clock)
                + ".pdf\"");
    String title = "Plan for Robin " + name;
    try (PdfFile pdf = PdfFile.read(download.body())) {
      PDDocumentCatalog catalog = pdf.document().getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(pdf.xmpTitle()).isEqualTo(title);
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.tags()).contains("H1", "H2", "H3", "H4", "H5", "Table", "TH", "L", "LI");
      assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
      assertThat(pdf.failures(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
      assertThat(pdf.bookmarks())
          .contains(
              "How the family took part",
              "From hopes to help",
              "  Hope 1: “To make friends at my new school”",
              "Totals");
      assertThat(pdf.text())
          .contains(title)
          .contains("Printed " + new org.goldenthread.web.Dates().date(LocalDate.now(clock)))
          .contains("Not agreed yet")
          .contains("this plan is: engaged")
          .contains("To make friends at my new school", "In the child’s own words")
          .contains("Need: Finds it hard to join in with games at break")
          .contains("Social, emotional and mental health")
          .contains("Outcome: Joins a game with two classmates at break")
          .contains("On three days out of five", "20 July 2027", "Not started")
          .contains("Lunchtime social skills group", "Mrs Khan", "Teaching assistant")
          .contains("2 sessions a week", "one to one")
          .contains("£780.00")
          .contains("At home and at school", "Give a five-minute warning before a change")
          .contains("Yes. Every hope has needs linked to it")
          .containsPattern("Page 1 of \\d");
    }
  }

  @Test
  void theFamilyMayDownloadItAndSomeoneElsesParentMayNot() {
    PlanFixtures.Fresh child = fixtures.child();
    threadFor(child);

    Download parent = api.download(pdfOf(child), api.tokenFor(child.parentEmail()));
    assertThat(parent.status()).as(parent.text()).isEqualTo(200);
    try (PdfFile pdf = PdfFile.read(parent.body())) {
      assertThat(pdf.text()).contains("To make friends at my new school");
    }

    Download stranger = api.download(pdfOf(child), api.tokenFor("other.parent@example.org"));
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(stranger.contentType()).isEqualTo("application/problem+json");
    assertThat(api.download(pdfOf(child), null).status()).isEqualTo(401);
  }

  @Test
  void thePageLinkAnswersTheSameDocumentToASignedInPerson() {
    PlanFixtures.Fresh child = fixtures.child();
    threadFor(child);
    PageSession browser = new PageSession(port);
    String link = "/children/" + child.id() + "/plan.pdf";
    assertThat(browser.download(link).status()).as("not signed in").isEqualTo(302);

    browser.signIn(child.parentEmail(), ApiClient.DEMO_PASSWORD);
    Download download = browser.download(link);

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"plan-");
    try (PdfFile pdf = PdfFile.read(download.body())) {
      assertThat(pdf.document().getDocumentInformation().getTitle())
          .isEqualTo("Plan for Robin " + familyName(child));
      assertThat(pdf.text()).contains("Lunchtime social skills group");
    }

    assertThat(
            api.get("/api/v1/children/" + child.id() + "/audit", senco)
                .json()
                .get("items")
                .valueStream()
                .map(e -> e.get("actorName").asString() + ": " + e.get("what").asString()))
        .as("the family's download is in the child's audit trail")
        .contains(child.parentName() + ": Looked at the plan");

    PageSession stranger = new PageSession(port);
    stranger.signIn("other.parent@example.org", ApiClient.DEMO_PASSWORD);
    assertThat(stranger.download(link).status()).isEqualTo(404);
  }

  @Test
  void hostileWordsArePrintedAsTheWordsTheyAre() {
    PlanFixtures.Fresh child = fixtures.child();
    String plan = planOf(child);
    String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(8);
    String aspiration =
        created(
            api.post(
                plan + "/aspirations",
                senco,
                "{\"text\":\"<script>alert('x')</script> Tom & Jerry <b>bold</b> 🎉 done\","
                    + "\"voice\":\"PARENT\"}"));
    created(
        api.post(
            plan + "/needs",
            senco,
            "{\"text\":\""
                + longWord
                + " &amp; </table></body>\",\"area\":\"SEMH\",\"aspirationIds\":[\""
                + aspiration
                + "\"]}"));
    created(
        api.post(
            plan + "/strategies",
            senco,
            "{\"text\":\"]]> <!-- not a comment --> <?xml?> ${7*7} [[${7*7}]]\","
                + "\"usedAt\":\"HOME\"}"));

    Download download = api.download(pdfOf(child), senco);

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    try (PdfFile pdf = PdfFile.read(download.body())) {
      String text = pdf.text();
      assertThat(text)
          .contains("<script>alert('x')</script> Tom & Jerry <b>bold</b>")
          .contains("done")
          .contains("&amp; </table></body>")
          .contains("]]> <!-- not a comment --> <?xml?> ${7*7} [[${7*7}]]");
      assertThat(text.replace(" ", ""))
          .as("a long word is wrapped, not cut off")
          .contains(longWord);
      assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }
  }

  @Test
  void partsNotLinkedUpYetArePrintedToo() {
    PlanFixtures.Fresh child = fixtures.child();
    String plan = planOf(child);
    created(
        api.post(
            plan + "/needs",
            senco,
            "{\"text\":\"Gets tired by the end of the morning\",\"area\":\"SENSORY_AND_PHYSICAL\"}"));
    created(
        api.post(
            plan + "/outcomes",
            senco,
            "{\"text\":\"Writes a paragraph on a laptop\",\"status\":\"IN_PROGRESS\"}"));
    created(
        api.post(
            plan + "/provisions",
            senco,
            "{\"description\":\"Touch-typing practice\",\"deliveredByRole\":\"OTHER\","
                + "\"sessionsPerWeek\":3,\"minutesPerSession\":15,\"groupSize\":4}"));

    Download download = api.download(pdfOf(child), senco);

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    try (PdfFile pdf = PdfFile.read(download.body())) {
      assertThat(pdf.text())
          .contains("There are 4 places where the plan is not joined up yet")
          .contains("Not linked up yet")
          .contains("Needs not linked to a hope", "Gets tired by the end of the morning")
          .contains("No outcome says yet what should change for this need.")
          .contains("Outcomes not linked to a need", "Writes a paragraph on a laptop")
          .contains("Not set yet", "In progress", "No help is in place for this outcome yet.")
          .contains("Help not linked to an outcome", "Touch-typing practice")
          .contains("in a group of 4", "Someone else", "No rate set")
          .contains("No strategies have been added yet.");
      assertThat(pdf.bookmarks())
          .contains(
              "Not linked up yet",
              "  Needs not linked to a hope",
              "  Outcomes not linked to a need",
              "  Help not linked to an outcome");
      assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheDownload() {
    JsonNode operation =
        api.get("/v3/api-docs", null)
            .json()
            .get("paths")
            .get("/api/v1/children/{childId}/plan/pdf")
            .get("get");
    assertThat(operation.get("responses").get("200").get("content").get("application/pdf"))
        .isNotNull();
    assertThat(operation.get("parameters").valueStream().map(p -> p.get("name").asString()))
        .containsExactly("childId");
  }

  /**
   * A joined-up thread: a hope of the child's and one the family wrote (so the plan is engaged), a
   * need in the way of both, an outcome, help for it, and a strategy.
   */
  private void threadFor(PlanFixtures.Fresh child) {
    String plan = planOf(child);
    String aspiration =
        created(
            api.post(
                plan + "/aspirations",
                senco,
                "{\"text\":\"To make friends at my new school\",\"voice\":\"CHILD\"}"));
    String family =
        created(
            api.post(
                plan + "/aspirations",
                api.tokenFor(child.parentEmail()),
                "{\"text\":\"To enjoy school again\",\"voice\":\"PARENT\"}"));
    String need =
        created(
            api.post(
                plan + "/needs",
                senco,
                "{\"text\":\"Finds it hard to join in with games at break\",\"area\":\"SEMH\","
                    + "\"aspirationIds\":[\""
                    + aspiration
                    + "\",\""
                    + family
                    + "\"]}"));
    String outcome =
        created(
            api.post(
                plan + "/outcomes",
                senco,
                "{\"text\":\"Joins a game with two classmates at break\","
                    + "\"successCriteria\":\"On three days out of five\","
                    + "\"targetDate\":\"2027-07-20\",\"needIds\":[\""
                    + need
                    + "\"]}"));
    created(
        api.post(
            plan + "/provisions",
            senco,
            "{\"description\":\"Lunchtime social skills group\",\"deliveredBy\":\"Mrs Khan\","
                + "\"deliveredByRole\":\"TEACHING_ASSISTANT\",\"sessionsPerWeek\":2,"
                + "\"minutesPerSession\":30,\"outcomeIds\":[\""
                + outcome
                + "\"]}"));
    created(
        api.post(
            plan + "/strategies",
            senco,
            "{\"text\":\"Give a five-minute warning before a change of activity\","
                + "\"usedAt\":\"BOTH\"}"));
  }

  private String familyName(PlanFixtures.Fresh child) {
    return api.get("/api/v1/children/" + child.id(), senco).json().get("familyName").asString();
  }

  private static String planOf(PlanFixtures.Fresh child) {
    return "/api/v1/children/" + child.id() + "/plan";
  }

  private static String pdfOf(PlanFixtures.Fresh child) {
    return planOf(child) + "/pdf";
  }

  private static String created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode item = response.json();
    return item.get("id").asString();
  }
}

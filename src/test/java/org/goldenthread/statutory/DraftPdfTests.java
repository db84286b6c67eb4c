package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PdfFile;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.JsonNode;

/**
 * A draft EHC plan as a PDF, through the link on its page: tagged, titled, in English, fonts
 * embedded, valid PDF/UA-1 and PDF/A-3u, holding the sections and the mark on support that does not
 * say who gives it; for the family and the school, and not for a stranger.
 */
@IntegrationTest
class DraftPdfTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String parentEmail;
  Pupils.Pupil pupil;
  String draft;

  @BeforeEach
  void anAssessmentWithAdviceAndAPlan() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
    parentEmail = "parent+" + UUID.randomUUID() + "@draft.example";
    pupil = new Pupils(context).pupil("Amir", "Khan").withParent(parentEmail, "Nadia Khan").add();
    String plan = "/api/v1/children/" + pupil.id() + "/plan";
    String need =
        created(plan + "/needs", "{\"text\":\"Finds it hard to join in\",\"area\":\"SEMH\"}");
    String outcome =
        created(
            plan + "/outcomes",
            "{\"text\":\"Joins a game at break\",\"needIds\":[\"" + need + "\"]}");
    created(
        plan + "/provisions",
        "{\"description\":\"Lunchtime social skills group\",\"deliveredBy\":\"Mrs Khan\","
            + "\"deliveredByRole\":\"TEACHING_ASSISTANT\",\"sessionsPerWeek\":2,"
            + "\"minutesPerSession\":30,\"outcomeIds\":[\""
            + outcome
            + "\"]}");
    created(
        plan + "/provisions",
        "{\"description\":\"Help from someone with worries\",\"deliveredByRole\":\"OTHER\","
            + "\"sessionsPerWeek\":1,\"minutesPerSession\":20,\"outcomeIds\":[\""
            + outcome
            + "\"]}");

    String officer = api.tokenFor(AssessmentApiTests.OFFICER);
    ApiClient.Response requested =
        api.post(
            "/api/v1/children/" + pupil.id() + "/ehc-assessments",
            senco,
            "{\"requestedOn\": \"" + TODAY.minusWeeks(10) + "\", \"requestedBy\": \"PARENT\"}");
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    String id = requested.json().get("id").asString();
    String events = "/api/v1/ehc-assessments/" + id + "/events";
    step(
        events,
        officer,
        "{\"kind\":\"DECISION_TO_ASSESS\",\"on\":\"" + TODAY.minusWeeks(5) + "\"}");
    JsonNode asked =
        step(
            events,
            officer,
            "{\"kind\":\"ADVICE_REQUESTED\",\"on\":\""
                + TODAY.minusWeeks(4)
                + "\",\"adviser\":\"Northshire educational psychology service\"}");
    step(
        events,
        officer,
        "{\"kind\":\"ADVICE_RECEIVED\",\"on\":\""
            + TODAY.minusWeeks(1)
            + "\",\"adviceId\":\""
            + asked.get("events").get(1).get("id").asString()
            + "\"}");
    draft = "/children/" + pupil.id() + "/ehc-assessments/" + id + "/draft";
  }

  @Test
  void theSencoDownloadsTheDraftAsATaggedAccessiblePdf() {
    PageSession school = new PageSession(port);
    school.signIn(Pupils.SENCO, ApiClient.DEMO_PASSWORD);
    assertThat(school.get(draft).document().select("a[href=" + draft + ".pdf]")).isNotEmpty();

    Download download = school.download(draft + ".pdf");

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"draft-ehc-plan-amir-khan-" + TODAY + ".pdf\"");
    String title = "Draft EHC plan for Amir Khan";
    try (PdfFile pdf = PdfFile.read(download.body())) {
      PDDocumentCatalog catalog = pdf.document().getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(pdf.xmpTitle()).isEqualTo(title);
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.fonts()).isNotEmpty().allMatch(font -> font.endsWith(" embedded"));
      assertThat(pdf.tags()).contains("H1", "H2", "H3", "Table", "TH", "L", "LI");
      assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
      assertThat(pdf.failures(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
      assertThat(pdf.bookmarks())
          .contains(
              "A: The views, interests and hopes of the child and family",
              "B: Special educational needs",
              "F: Special educational provision",
              "K: Advice and information gathered");
      assertThat(pdf.text())
          .contains(title)
          .contains("Finds it hard to join in", "Joins a game at break")
          .contains("Lunchtime social skills group", "A teaching assistant: Mrs Khan")
          .contains("Help from someone with worries", "Not specific", "This does not say")
          .contains("1 item of support in section F does not say")
          .contains("Nothing recorded yet")
          .contains(
              "Advice from Northshire educational psychology service, received on "
                  + new Dates().date(TODAY.minusWeeks(1)))
          .doesNotContain("Warning")
          .containsPattern("Page 1 of \\d");
    }
  }

  @Test
  void theFamilyReadsTheDraftAndAStrangerFindsNothing() {
    PageSession parent = new PageSession(port);
    parent.signIn(parentEmail, ApiClient.DEMO_PASSWORD);
    assertThat(parent.get(draft).document().select("#section-f").text())
        .contains("Help from someone with worries", "Not specific");
    assertThat(parent.download(draft + ".pdf").status()).isEqualTo(200);
    assertThat(
            api.get("/api/v1/children/" + pupil.id() + "/audit", senco)
                .json()
                .get("items")
                .valueStream()
                .map(e -> e.get("actorName").asString() + ": " + e.get("what").asString()))
        .as("the family's reads are in the child's audit trail, as the assessment page's are")
        .contains("Nadia Khan: Looked at the EHC needs assessment");

    PageSession stranger = new PageSession(port);
    stranger.signIn("other.parent@example.org", ApiClient.DEMO_PASSWORD);
    assertThat(stranger.get(draft).status()).isEqualTo(404);
    assertThat(stranger.download(draft + ".pdf").status()).isEqualTo(404);
  }

  private String created(String path, String json) {
    ApiClient.Response response = api.post(path, senco, json);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  private JsonNode step(String events, String token, String json) {
    ApiClient.Response response = api.post(events, token, json);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}

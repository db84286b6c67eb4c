package org.goldenthread.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.Download;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Documents through the API on the running server: uploaded once, checked by what they are (size,
 * real type), downloaded byte for byte, refused to strangers; what a family shares is evidence with
 * a response date and an EVIDENCE_RESPONSE deadline that the school's response meets.
 */
@IntegrationTest
class DocumentApiTests {

  static final String STRANGER = "other.parent@example.org";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SchoolDays schoolDays;
  @Autowired JdbcClient jdbc;
  ApiClient api;
  Uploads uploads;
  String senco;
  String parent;
  Pupils.Pupil pupil;

  @BeforeEach
  void aPupilWithAParent() {
    api = new ApiClient(port);
    uploads = new Uploads(port);
    senco = api.tokenFor(Pupils.SENCO);
    String email = "parent+" + UUID.randomUUID() + "@documents.example";
    pupil = new Pupils(context).pupil("Isla", "Reed").withParent(email, "Jo Reed").add();
    parent = api.tokenFor(email);
  }

  private String documents() {
    return "/api/v1/children/" + pupil.id() + "/documents";
  }

  private ApiClient.Response upload(
      String token, String title, String kind, String fileName, byte[] file) {
    return uploads.post(documents(), token, Map.of("title", title, "kind", kind), fileName, file);
  }

  private JsonNode uploaded(String token, String title, String kind, byte[] pdf) {
    ApiClient.Response response = upload(token, title, kind, "report.pdf", pdf);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private long stored() {
    return jdbc.sql("select count(*) from document where child_id = ?")
        .param(pupil.id())
        .query(Long.class)
        .single();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static JsonNode error(ApiClient.Response response, String field) {
    for (JsonNode error : response.json().path("errors")) {
      if (field.equals(error.path("field").asString())) {
        return error;
      }
    }
    throw new AssertionError("No error naming " + field + " in " + response.body());
  }

  @Test
  void anUploadedPdfDownloadsByteForByteWithTheSameHash() throws Exception {
    byte[] pdf = Uploads.pdf("Hearing test, October");
    JsonNode document = uploaded(senco, "Hearing test", "MEDICAL_LETTER", pdf);

    assertThat(document.get("title").asString()).isEqualTo("Hearing test");
    assertThat(document.get("kind").asString()).isEqualTo("MEDICAL_LETTER");
    assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
    assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(document.get("sha256").asString()).isEqualTo(sha256(pdf));
    assertThat(document.get("uploadedBy").asString()).isEqualTo(pupil.sencoId().toString());
    assertThat(document.get("uploadedAt").asString()).isNotBlank();
    assertThat(document.get("responseDue").isNull()).as("staff uploads ask no response").isTrue();

    for (String token : List.of(senco, parent)) {
      Download file = api.download("/api/v1/documents/" + document.get("id").asString(), token);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(pdf);
      assertThat(sha256(file.body())).isEqualTo(document.get("sha256").asString());
      assertThat(file.contentType()).isEqualTo("application/pdf");
      assertThat(file.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"hearing-test.pdf\"");
      assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    JsonNode list = api.get(documents(), parent).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("page").asInt()).isZero();
    assertThat(list.get("items").get(0).get("id").asString())
        .isEqualTo(document.get("id").asString());
    assertThat(list.get("items").get(0).has("bytes")).isFalse();
  }

  @Test
  void aRenamedProgramIs415WhateverItsNameAndNothingIsStored() {
    for (byte[] program : List.of(Uploads.windowsProgram(), Uploads.linuxProgram())) {
      ApiClient.Response refused = upload(parent, "My report", "OTHER", "report.pdf", program);

      assertThat(refused.status()).as(refused.body()).isEqualTo(415);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("type").asString())
          .isEqualTo("/problems/unsupported-media-type");
    }
    ApiClient.Response noMagic =
        upload(parent, "My report", "OTHER", "report.pdf", "just some words".getBytes());
    assertThat(noMagic.status()).isEqualTo(415);
    assertThat(stored()).isZero();
  }

  @Test
  void aFileOverTheLimitIsA413ThatAClientSendingItWholeReadsAndNothingIsStored() {
    for (int megabytes : new int[] {21, 30}) {
      byte[] big = new byte[megabytes * 1024 * 1024];
      byte[] start = Uploads.pdf("big");
      System.arraycopy(start, 0, big, 0, start.length);

      ApiClient.Response refused = upload(parent, "Big report", "OTHER", "big.pdf", big);

      assertThat(refused.status()).as("%d MB: %s", megabytes, refused.body()).isEqualTo(413);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("type").asString()).isEqualTo("/problems/too-large");
    }
    assertThat(stored()).isZero();
    assertThat(api.get(documents(), parent).json().get("total").asLong()).isZero();
  }

  @Test
  void whatTheFamilySharesIsEvidenceWithAResponseDateAndADeadlineTheSchoolMeets() {
    JsonNode evidence =
        uploaded(parent, "Notes from home", "PARENT_EVIDENCE", Uploads.pdf("Notes"));
    LocalDate due = schoolDays.evidenceResponseDue(new Pupils(context).riverside(), TODAY);
    String id = evidence.get("id").asString();

    assertThat(evidence.get("responseDue").asString()).isEqualTo(due.toString());
    assertThat(evidence.get("responseStatus").asString()).isEqualTo("AWAITING");
    JsonNode pending = deadline(parent, id);
    assertThat(pending.get("kind").asString()).isEqualTo("EVIDENCE_RESPONSE");
    assertThat(pending.get("owner").asString()).isEqualTo("SCHOOL");
    assertThat(pending.get("status").asString()).isEqualTo("PENDING");
    assertThat(pending.get("due").asString()).isEqualTo(due.toString());
    assertThat(pending.get("childId").asString()).isEqualTo(pupil.id().toString());

    ApiClient.Response byTheParent =
        api.post(
            "/api/v1/documents/" + id + "/response", parent, "{\"text\": \"I answer myself\"}");
    assertThat(byTheParent.status()).isEqualTo(403);

    ApiClient.Response response =
        api.post(
            "/api/v1/documents/" + id + "/response",
            senco,
            "{\"text\": \"Thank you. We will use the picture timetable in class.\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("responseStatus").asString()).isEqualTo("RESPONDED");
    assertThat(response.json().get("late").asBoolean()).isFalse();

    JsonNode met = deadline(parent, id);
    assertThat(met.get("status").asString()).isEqualTo("MET");
    assertThat(met.get("metOn").asString()).isEqualTo(TODAY.toString());
    JsonNode read = api.get("/api/v1/documents/" + id + "/details", parent).json();
    assertThat(read.get("responseText").asString()).contains("picture timetable");
  }

  @Test
  void twoResponsesAtOnceKeepOneAndAnswerTheOther409() {
    String id =
        uploaded(parent, "Notes from home", "PARENT_EVIDENCE", Uploads.pdf("Notes"))
            .get("id")
            .asString();
    String path = "/api/v1/documents/" + id + "/response";

    List<Integer> statuses =
        AtOnce.run(
            () -> api.post(path, senco, "{\"text\": \"First\", \"version\": 0}").status(),
            () -> api.post(path, senco, "{\"text\": \"Second\", \"version\": 0}").status());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);

    List<Integer> withoutVersion =
        AtOnce.run(
            () -> api.post(path, senco, "{\"text\": \"Third\"}").status(),
            () -> api.post(path, senco, "{\"text\": \"Fourth\"}").status());
    assertThat(withoutVersion).containsOnly(409);
  }

  @Test
  void aStaffUploadAsksNoResponse() {
    String id =
        uploaded(senco, "Annual report", "SCHOOL_REPORT", Uploads.pdf("Report"))
            .get("id")
            .asString();

    ApiClient.Response answer =
        api.post("/api/v1/documents/" + id + "/response", senco, "{\"text\": \"Noted\"}");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/deadlines?size=200", parent).body()).doesNotContain(id);
  }

  @Test
  void hostileOrMissingFieldsAre400sNamingThemAndNothingIsStored() {
    byte[] pdf = Uploads.pdf("x");
    for (String title : List.of("before\u0000after", "a".repeat(100_000), "<script>x</script>")) {
      ApiClient.Response refused = upload(parent, title, "OTHER", "a.pdf", pdf);
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      error(refused, "title");
    }
    ApiClient.Response noKind = upload(parent, "Report", "LETTER<b>", "a.pdf", pdf);
    assertThat(noKind.status()).isEqualTo(400);
    error(noKind, "kind");
    ApiClient.Response noFile =
        uploads.post(documents(), parent, Map.of("title", "Report", "kind", "OTHER"), null, null);
    assertThat(noFile.status()).as(noFile.body()).isEqualTo(400);
    error(noFile, "file");
    ApiClient.Response empty = upload(parent, "Report", "OTHER", "a.pdf", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    error(empty, "file");
    ApiClient.Response nothing = uploads.post(documents(), parent, Map.of(), "a.pdf", pdf);
    assertThat(nothing.status()).isEqualTo(400);
    error(nothing, "title");
    error(nothing, "kind");
    assertThat(stored()).isZero();
  }

  @Test
  void anUploadWhosePartsCannotBeReadIsA400AndNothingIsStored() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    Map<String, String> bodies =
        Map.of(
            "multipart/form-data", "abc",
            "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nRep");
    for (Map.Entry<String, String> sent : bodies.entrySet()) {
      java.net.http.HttpResponse<String> answer =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "http://localhost:" + port + documents() + "?title=R&kind=OTHER"))
                  .header("Authorization", "Bearer " + parent)
                  .header("Content-Type", sent.getKey())
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(sent.getValue()))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(sent.getKey()).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    assertThat(stored()).isZero();
  }

  @Test
  void aStrangerFindsNoneOfItAndEveryReadIsInTheChildsAuditTrail() {
    String id =
        uploaded(parent, "Notes from home", "PARENT_EVIDENCE", Uploads.pdf("Notes"))
            .get("id")
            .asString();
    String stranger = api.tokenFor(STRANGER);

    assertThat(api.get(documents(), stranger).status()).isEqualTo(404);
    assertThat(api.download("/api/v1/documents/" + id, stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/documents/" + id + "/details", stranger).status()).isEqualTo(404);
    assertThat(
            api.post("/api/v1/documents/" + id + "/response", stranger, "{\"text\": \"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(upload(stranger, "Mine", "OTHER", "a.pdf", Uploads.pdf("x")).status())
        .isEqualTo(404);
    assertThat(api.download("/api/v1/documents/" + UUID.randomUUID(), senco).status())
        .isEqualTo(404);

    PageSession pages = new PageSession(port);
    pages.signIn(STRANGER, ApiClient.DEMO_PASSWORD);
    String page = "/children/" + pupil.id() + "/documents";
    assertThat(pages.get(page).status()).isEqualTo(404);
    assertThat(pages.get(page + "/" + id).status()).isEqualTo(404);
    assertThat(pages.download(page + "/" + id + "/file").status()).isEqualTo(404);

    assertThat(api.download("/api/v1/documents/" + id, senco).status()).isEqualTo(200);
    JsonNode audit = api.get("/api/v1/children/" + pupil.id() + "/audit?size=200", parent).json();
    assertThat(audit.toString()).contains("Looked at the document");
    assertThat(audit.toString()).contains("Shared the document \\\"Notes from home\\\"");
  }

  @Test
  void theDemoShowsSarahsNotesFromHomeAwaitingTheSchoolAndHerTherapyReport() {
    String sarah = null;
    for (JsonNode child : api.get("/api/v1/children?q=Sarah", senco).json().get("items")) {
      if ("Bennett".equals(child.get("familyName").asString())) {
        sarah = child.get("id").asString();
      }
    }
    JsonNode items =
        api.get("/api/v1/children/" + sarah + "/documents", api.tokenFor("parent@example.org"))
            .json()
            .get("items");

    assertThat(items.toString())
        .contains("Notes from home: what helps Sarah talk", "Speech and language therapy report");
    for (JsonNode item : items) {
      if (item.get("kind").asString().equals("PARENT_EVIDENCE")) {
        assertThat(item.get("responseStatus").asString()).isEqualTo("AWAITING");
        assertThat(item.get("uploadedByName").asString()).isEqualTo("Claire Bennett");
        assertThat(api.download("/api/v1/documents/" + item.get("id").asString(), senco).body())
            .startsWith("%PDF".getBytes());
      } else {
        assertThat(item.get("responseDue").isNull()).isTrue();
      }
    }
  }

  private JsonNode deadline(String token, String subjectId) {
    for (JsonNode d : api.get("/api/v1/deadlines?size=200", token).json().get("items")) {
      if (subjectId.equals(d.path("subjectId").asString())) {
        return d;
      }
    }
    throw new AssertionError("No deadline for " + subjectId);
  }
}

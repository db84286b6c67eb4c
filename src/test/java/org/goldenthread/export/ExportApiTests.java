package org.goldenthread.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PdfFile;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.JsonNode;

/**
 * The subject access export against the real app and database: the demo parent's copy of Sarah's
 * record holds every part (the record and its schema, the plan, reviews and draft EHC plans as
 * PDF/UA, the documents, the audit log with this export in it, the README); who may have it and who
 * is refused; and a record with hundreds of meetings written as it is read, chunked.
 */
@IntegrationTest
class ExportApiTests {

  static final String PARENT = "parent@example.org";
  static final String STRANGER = "other.parent@example.org";
  static final String THERAPIST = "salt@salt.example";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient sql;
  @Autowired Accounts accounts;
  ApiClient api;
  UUID sarah;

  @BeforeEach
  void sarah() {
    api = new ApiClient(port);
    sarah =
        sql.sql("select id from child where given_name = 'Sarah' and family_name = 'Bennett'")
            .query(UUID.class)
            .single();
  }

  private String export(UUID child) {
    return "/api/v1/children/" + child + "/export";
  }

  @Test
  void theParentsCopyHoldsEveryPart() {
    Download answer = api.download(export(sarah), api.tokenFor(PARENT));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/zip");
    assertThat(answer.header("Content-Disposition"))
        .contains("attachment")
        .contains("record-sarah-bennett-");
    ExportZip zip = ExportZip.read(answer.body());
    assertThat(zip.files().keySet())
        .contains(
            "README.txt", "record.json", "record.schema.json", "audit-log.csv", "pdf/plan.pdf");
    assertThat(zip.files().keySet()).anyMatch(name -> name.startsWith("pdf/review-"));
    assertThat(zip.files().keySet()).anyMatch(name -> name.startsWith("pdf/draft-ehc-plan-"));
    long documents =
        sql.sql("select count(*) from document where child_id = ?")
            .param(sarah)
            .query(Long.class)
            .single();
    assertThat(zip.files().keySet().stream().filter(name -> name.startsWith("documents/")))
        .hasSize((int) documents)
        .isNotEmpty();

    JsonNode record = zip.record();
    assertThat(record.get("schemaVersion").asInt()).isEqualTo(ChildRecordJson.SCHEMA_VERSION);
    assertThat(record.get("exportedAt").asString()).isNotBlank();
    assertThat(record.get("child").get("id").asString()).isEqualTo(sarah.toString());
    assertThat(record.get("child").get("givenName").asString()).isEqualTo("Sarah");
    assertThat(record.get("familyMembers").valueStream().map(m -> m.get("email").asString()))
        .contains(PARENT);
    assertThat(record.get("planOutcomes")).isNotEmpty();
    assertThat(record.get("reviews")).isNotEmpty();
    assertThat(record.get("meetings")).isNotEmpty();
    assertThat(record.get("ehcAssessments")).isNotEmpty();
    assertThat(record.get("documents")).hasSize((int) documents);

    JsonNode schema = zip.json("record.schema.json");
    assertThat(
            schema.get("properties").get("meetings").get("items").get("properties").has("startsAt"))
        .isTrue();
    record.propertyNames().forEach(key -> assertThat(schema.get("properties").has(key)).isTrue());

    assertThat(zip.text("audit-log.csv"))
        .startsWith("at,actorId,actorName,role,action,what\r\n")
        .contains("READ,Looked at the whole record (a copy to download)");
    assertThat(zip.text("README.txt")).contains("Sarah Bennett").contains("audit-log.csv");

    zip.files().entrySet().stream()
        .filter(file -> file.getKey().startsWith("pdf/"))
        .forEach(
            file -> {
              try (PdfFile pdf = PdfFile.read(file.getValue())) {
                assertThat(pdf.failures(PDFAFlavour.PDFUA_1)).as(file.getKey()).isEmpty();
              }
            });
  }

  @Test
  void theSencoMayHaveTheCopy() {
    Download answer = api.download(export(sarah), api.tokenFor(Pupils.SENCO));

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(ExportZip.read(answer.body()).files()).containsKey("record.json");
  }

  @Test
  void aStrangerFindsNothingAndStaffOrProfessionalsAreRefused() {
    assertThat(api.download(export(sarah), api.tokenFor(STRANGER)).status()).isEqualTo(404);
    assertThat(api.download(export(UUID.randomUUID()), api.tokenFor(PARENT)).status())
        .isEqualTo(404);
    assertThat(api.download("/api/v1/children/not-an-id/export", api.tokenFor(PARENT)).status())
        .isEqualTo(404);
    assertThat(api.download(export(sarah), null).status()).isEqualTo(401);

    Download teacher = api.download(export(sarah), api.tokenFor(Pupils.TEACHER));
    assertThat(teacher.status()).isEqualTo(403);
    assertThat(teacher.contentType()).startsWith("application/problem+json");
    assertThat(api.download(export(sarah), api.tokenFor(THERAPIST)).status()).isEqualTo(403);
  }

  @Test
  void aParentWithoutResponsibilityIsRefusedAndOneLimitedByACourtOrderFindsNothing() {
    String n = UUID.randomUUID().toString().substring(0, 8);
    Pupils.Pupil pupil =
        new Pupils(context, FreshSchool.open(context))
            .pupil("Ivy", "Export" + n)
            .withParent("export.parent." + n + "@example.org", "Jo Export" + n)
            .add();
    String token = api.tokenFor(pupil.parentEmail());
    assertThat(api.download(export(pupil.id()), token).status()).isEqualTo(200);

    sql.sql("update family_member set parental_responsibility = false where user_id = ?")
        .param(pupil.parentId())
        .update();
    assertThat(api.download(export(pupil.id()), token).status()).isEqualTo(403);

    sql.sql(
            """
            update family_member set parental_responsibility = true, information_limited = true,
              limitation_note = 'Court order' where user_id = ?
            """)
        .param(pupil.parentId())
        .update();
    assertThat(api.download(export(pupil.id()), token).status()).isEqualTo(404);
  }

  @Test
  void theYoungPersonMayHaveTheirOwnCopyFromSixteen() {
    String n = UUID.randomUUID().toString().substring(0, 8);
    Pupils.Pupil pupil =
        new Pupils(context, FreshSchool.open(context))
            .pupil("Kit", "Export" + n)
            .bornOn(LocalDate.of(2012, 1, 1))
            .add();
    String email = "kit." + n + "@example.org";
    UUID account =
        accounts
            .createOrGrant(email, "Kit Export" + n, ApiClient.DEMO_PASSWORD, Role.CHILD, null)
            .id();
    sql.sql("update child set user_id = ?, date_of_birth = current_date - 3650 where id = ?")
        .params(account, pupil.id())
        .update();
    String token = api.tokenFor(email);
    assertThat(api.download(export(pupil.id()), token).status())
        .as("a child's own account under 16 finds only the pages made for them")
        .isEqualTo(404);

    sql.sql("update child set date_of_birth = current_date - interval '17 years' where id = ?")
        .param(pupil.id())
        .update();
    Download own = api.download(export(pupil.id()), token);
    assertThat(own.status()).as(own.text()).isEqualTo(200);
    assertThat(ExportZip.read(own.body()).record().get("child").get("id").asString())
        .isEqualTo(pupil.id().toString());
  }

  @Test
  void aCopyHoldsNothingTheRecordKeepsFromItsReader() {
    String n = UUID.randomUUID().toString().substring(0, 8);
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil =
        new Pupils(context, school)
            .pupil("Kept", "Back" + n)
            .withParent("kept.parent." + n + "@example.org", "Kim Back" + n)
            .add();
    UUID someoneElse = FreshSchool.open(context).senco().id();
    UUID meeting = UUID.randomUUID();
    sql.sql(
            """
            insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
              organiser_id, organiser_name, status, calendar_uid, created_at)
            values (?, ?, 'TEAM_MEETING', now() + interval '1 week', 60, 'Room 1', ?,
              'Helen Carter', 'BOOKED', ?, now())
            """)
        .params(meeting, pupil.id(), pupil.sencoId(), "uid-" + n)
        .update();
    String note =
        """
        insert into meeting_contribution (id, meeting_id, author_id, author_name, kind, text,
          chair_only, added_at)
        values (gen_random_uuid(), ?, ?, 'Someone', 'QUESTION', ?, ?, now())
        """;
    sql.sql(note).params(meeting, someoneElse, "For everyone " + n, false).update();
    sql.sql(note).params(meeting, someoneElse, "For the chair " + n, true).update();
    sql.sql(note).params(meeting, pupil.parentId(), "The parent's own " + n, true).update();
    sql.sql(
            """
            insert into disagreement (id, child_id, about, summary, about_staff_id,
              about_staff_name, recorded_by_id, recorded_by_name, recorded_at, changed_at)
            values (gen_random_uuid(), ?, 'SCHOOL_SUPPORT', ?, ?, 'Helen Carter', ?, 'Kim',
              now(), now())
            """)
        .params(pupil.id(), "About the SENCO " + n, pupil.sencoId(), pupil.parentId())
        .update();

    String parents = copyFor(pupil, api.tokenFor(pupil.parentEmail()));
    String sencos = copyFor(pupil, api.tokenFor(school.senco().email()));

    assertThat(parents)
        .as("the parent's copy: their own note for the chair, not someone else's")
        .contains("For everyone " + n, "The parent's own " + n, "About the SENCO " + n)
        .doesNotContain("For the chair " + n);
    assertThat(sencos)
        .as("the organiser's copy: every note for the chair, no complaint about themselves")
        .contains("For everyone " + n, "For the chair " + n, "The parent's own " + n)
        .doesNotContain("About the SENCO " + n);
  }

  private String copyFor(Pupils.Pupil pupil, String token) {
    Download answer = api.download(export(pupil.id()), token);
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return ExportZip.read(answer.body()).record().toString();
  }

  @Test
  void aLongRecordIsWrittenAsItIsReadInChunks() throws Exception {
    String n = UUID.randomUUID().toString().substring(0, 8);
    Pupils.Pupil pupil =
        new Pupils(context, FreshSchool.open(context))
            .pupil("Long", "History" + n)
            .withParent("history.parent." + n + "@example.org", "Lee History" + n)
            .add();
    sql.sql(
            """
            insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
              organiser_id, organiser_name, status, calendar_uid, created_at)
            select gen_random_uuid(), ?, 'TEAM_MEETING', now() - g * interval '1 week', 60,
              'Room ' || g, ?, 'Helen Carter', 'BOOKED', 'uid-' || g || '-' || ?, now()
            from generate_series(1, 400) g
            """)
        .params(pupil.id(), pupil.sencoId(), n)
        .update();
    sql.sql(
            """
            insert into contact_entry (id, child_id, on_date, how, with_whom, summary,
              recorded_by, recorded_by_name, recorded_at)
            select gen_random_uuid(), ?, current_date - g, 'PHONE', 'Mum',
              repeat('We talked about the week. ', 40), ?, 'Helen Carter', now()
            from generate_series(1, 600) g
            """)
        .params(pupil.id(), pupil.sencoId())
        .update();

    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + export(pupil.id())))
                    .header("Authorization", "Bearer " + api.tokenFor(pupil.parentEmail()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Length"))
        .as("no length known before the end: the file is written while it is read")
        .isEmpty();
    assertThat(answer.headers().firstValue("Transfer-Encoding")).contains("chunked");
    JsonNode record = ExportZip.read(answer.body()).record();
    assertThat(record.get("meetings")).hasSize(400);
    assertThat(record.get("contactLog")).hasSize(600);
    List<String> days =
        record.get("contactLog").valueStream().map(c -> c.get("onDate").asString()).toList();
    assertThat(days).isSorted();
  }
}

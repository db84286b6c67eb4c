package org.goldenthread.dataexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pupil imports and the census extract through the API, against the running app: all or nothing,
 * matching by UPN, the CTF sample, hostile files, jobs for large files, and strangers (404).
 */
@IntegrationTest
class PupilImportApiTests {

  private static final Logger log = LoggerFactory.getLogger(PupilImportApiTests.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  FreshSchool school;
  String senco;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void aSchoolAndItsSenco() {
    api = new ApiClient(port);
    school = FreshSchool.open(context);
    senco = api.tokenFor(school.senco().email());
  }

  record Answer(int status, String body, String location) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  Answer upload(String token, byte[] file, boolean dryRun) {
    String boundary = "----gt" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pupils\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(file, 0, body, head.length, file.length);
    System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/api/v1/imports/pupils?school="
                        + school.id()
                        + "&dryRun="
                        + dryRun))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer upload(String csv, boolean dryRun) {
    return upload(senco, csv.getBytes(StandardCharsets.UTF_8), dryRun);
  }

  int onRoll() {
    return jdbc.queryForObject(
        "select count(*) from child where school_id = ?", Integer.class, school.id());
  }

  @Test
  void oneBadLineAmongAHundredImportsNothingAndNamesTheLineAndField() {
    String[] lines = ImportFiles.csv(100).split("\n");
    lines[42] = lines[42].replace("2016-03-0", "2016-13-0").replace("02/05/2015", "31/02/2015");
    lines[42] = lines[42].replace("2017-09-12", "2017-02-30");
    Answer answer = upload(String.join("\n", lines) + "\n", false);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    JsonNode json = answer.json();
    assertThat(json.get("dryRun").asBoolean()).isFalse();
    assertThat(json.get("created").asInt()).isZero();
    assertThat(json.get("errors")).hasSize(1);
    assertThat(json.get("errors").get(0).get("line").asInt()).isEqualTo(43);
    assertThat(json.get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
    assertThat(json.get("errors").get(0).get("message").asString()).contains("2015-03-02");
    assertThat(onRoll()).isZero();
  }

  @Test
  void thePreviewSavesNothingAndTheSameFileTwiceCreatesNothingNew() {
    String csv = ImportFiles.csv(30);
    Answer preview = upload(csv, true);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("dryRun").asBoolean()).isTrue();
    assertThat(preview.json().get("created").asInt()).isEqualTo(30);
    assertThat(onRoll()).isZero();

    Answer first = upload(csv, false);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("created").asInt()).isEqualTo(30);
    assertThat(onRoll()).isEqualTo(30);

    Answer again = upload(csv, false);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("changed").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(30);
    assertThat(onRoll()).isEqualTo(30);

    String changedOne = csv.replaceFirst("Ben1,Import,Benny", "Ben1,Import,Benji");
    Answer changed = upload(changedOne, false);
    assertThat(changed.json().get("changed").asInt()).isEqualTo(1);
    assertThat(changed.json().get("unchanged").asInt()).isEqualTo(29);
  }

  @Test
  void everyFieldIsCheckedAndNamedByLine() {
    String csv =
        CsvReader.HEADER
            + "\n"
            + "A12345678901X,Ada,Bad,,2016-03-01,4,N,,\n"
            + ImportFiles.upn()
            + ",Ben,Year,,2016-03-01,15,Q,XYZ,\n"
            + ImportFiles.upn()
            + ",\"Cal\u0000\",<b>Bold</b>,,2016-03-01,4,K,,SPLD\n"
            + ImportFiles.upn()
            + ","
            + "x".repeat(100_000)
            + ",Long,,2016-03-01,4,N,,\n"
            + "only,three,columns\n";
    Answer answer = upload(csv, true);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body())
        .contains("{\"line\":2,\"field\":\"upn\"")
        .contains("{\"line\":3,\"field\":\"senStatus\"")
        .contains("{\"line\":3,\"field\":\"yearGroup\"")
        .contains("{\"line\":3,\"field\":\"primaryNeed\"")
        .contains("{\"line\":4,\"field\":\"familyName\"")
        .contains("{\"line\":4,\"field\":\"givenName\"")
        .contains("{\"line\":4,\"field\":\"primaryNeed\"")
        .contains("{\"line\":5,\"field\":\"givenName\"")
        .contains("{\"line\":6,\"field\":\"line\"");
    assertThat(answer.body()).doesNotContain("\u0000").doesNotContain("<b>");
  }

  @Test
  void theCtfSampleImportsItsPupilsAndSenNeedsAndTheirParentsOnce() throws IOException {
    byte[] ctf = new ClassPathResource("dataexchange/sample-ctf.xml").getContentAsByteArray();
    // the sample's UPNs are fixed: another run's children with them move out of the way
    jdbc.update(
        "update child set upn = null where upn in ('A801200001004', 'P801200001005',"
            + " 'D801200001006')");
    Answer preview = upload(senco, ctf, true);
    assertThat(preview.json().get("familyMembers").asInt()).isEqualTo(3);
    assertThat(onRoll()).isZero();

    Answer answer = upload(senco, ctf, false);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("created").asInt()).isEqualTo(3);
    assertThat(answer.json().get("familyMembers").asInt()).isEqualTo(3);
    assertThat(
            jdbc.queryForList(
                "select c.upn || ':' || m.name || ':' || m.relationship || ':'"
                    + " || m.parental_responsibility || ':' || coalesce(m.email, '-')"
                    + " from family_member m join child c on c.id = m.child_id"
                    + " where c.school_id = ? order by c.upn, m.name",
                String.class,
                school.id()))
        .containsExactly(
            "A801200001004:Rowan Ashdown:MOTHER:true:rowan.ashdown@example.org",
            "P801200001005:Ada Okafor:MOTHER:true:-",
            "P801200001005:Chidi Okafor:FATHER:true:-");
    assertThat(upload(senco, ctf, false).json().get("familyMembers").asInt())
        .as("the same file again adds no one")
        .isZero();
    assertThat(
            jdbc.queryForList(
                "select upn || ':' || sen_status || ':' || coalesce(primary_need, '-') || ':'"
                    + " || coalesce(secondary_need, '-') || ':' || year_group from child where"
                    + " school_id = ? order by upn",
                String.class,
                school.id()))
        .containsExactly(
            "A801200001004:K:SLCN:SEMH:3", "D801200001006:N:-:-:R", "P801200001005:E:ASD:-:6");
  }

  @Test
  void aCtfPupilOnAnotherSchoolsRollIsAMoveProposedToTheFamilyNotASecondRecord() {
    String upn = ImportFiles.upn();
    FreshSchool other = FreshSchool.open(context);
    org.goldenthread.support.Pupils.Pupil pupil =
        new org.goldenthread.support.Pupils(context, other)
            .pupil("Maisie", "Lane")
            .upn(upn)
            .withParent("jo+" + UUID.randomUUID() + "@lane.example", "Jo Lane")
            .add();
    String ctf =
        "<CTfile><CTFpupilData><Pupil><UPN>"
            + upn
            + "</UPN><Surname>Lane</Surname><Forename>Maisie</Forename><DOB>2014-04-02</DOB>"
            + "<BasicDetails><NCyearActual>7</NCyearActual></BasicDetails>\n<Contacts>\n"
            + "<Contact><Surname>Lane</Surname><Forename>Sam</Forename>"
            + "<Relationship>PAF</Relationship></Contact>"
            + "</Contacts></Pupil></CTFpupilData></CTfile>";

    Answer preview = upload(ctf, true);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().get("transfersProposed").asInt()).isEqualTo(1);
    assertThat(preview.json().get("created").asInt()).isZero();

    Answer imported = upload(ctf, false);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("transfersProposed").asInt()).isEqualTo(1);
    assertThat(imported.json().get("familyMembers").asInt()).isZero();
    assertThat(onRoll()).isZero();
    assertThat(
            jdbc.queryForObject(
                "select status || ':' || from_import from transfer where child_id = ?"
                    + " and to_school_id = ?",
                String.class,
                pupil.id(),
                school.id()))
        .isEqualTo("PROPOSED:true");
    assertThat(api.get("/api/v1/children/" + pupil.id(), senco).status())
        .as("nothing reaches the importing school until the family agrees")
        .isEqualTo(404);
    assertThat(upload(ctf, false).json().get("transfersProposed").asInt())
        .as("imported again: the move already proposed stands")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from transfer where child_id = ?", Integer.class, pupil.id()))
        .isEqualTo(1);
  }

  @Test
  void aParentWhoseEmailIsNoEmailStopsTheWholeImport() {
    String upn = ImportFiles.upn();
    String ctf =
        "<CTfile><CTFpupilData><Pupil><UPN>"
            + upn
            + "</UPN><Surname>Lane</Surname><Forename>Maisie</Forename><DOB>2016-04-01</DOB>"
            + "<BasicDetails><NCyearActual>4</NCyearActual></BasicDetails>\n<Contacts>\n"
            + "<Contact><Surname>Lane</Surname><Forename>Jo</Forename>"
            + "<Relationship>PAF</Relationship><Email>not an email</Email></Contact>\n"
            + "<Contact><Surname>Smith</Surname><Forename>Dr</Forename>"
            + "<Relationship>DOC</Relationship></Contact>"
            + "</Contacts></Pupil></CTFpupilData></CTfile>";

    Answer answer = upload(ctf, false);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    JsonNode error = answer.json().get("errors").get(0);
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("field").asString()).isEqualTo("contact.email");
    assertThat(answer.json().get("errors")).hasSize(1);
    assertThat(onRoll()).isZero();
  }

  @Test
  void aBillionLaughsIsRefusedBeforeItsEntitiesAreReadAndImportsNothing() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n<CTfile><CTFpupilData><Pupil><UPN>&lol9;</UPN></Pupil></CTFpupilData></CTfile>\n";
    Answer answer = upload(laughs, false);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("DOCTYPE");
    assertThat(onRoll()).isZero();
  }

  @Test
  void filesThatAreNotPupilsGetAClearError() {
    Answer notXml = upload("<CTfile><CTFpupilData><Pupil>", false);
    assertThat(notXml.status()).isEqualTo(400);
    assertThat(notXml.json().get("errors").get(0).get("message").asString())
        .contains("not well-formed");

    Answer latin1 =
        upload(
            senco,
            (CsvReader.HEADER + "\nA,Zo\u00eb").getBytes(StandardCharsets.ISO_8859_1),
            false);
    assertThat(latin1.status()).isEqualTo(400);
    assertThat(latin1.json().get("errors").get(0).get("message").asString()).contains("UTF-8");

    Answer notOurs = upload("name,age\nAda,9\n", false);
    assertThat(notOurs.status()).isEqualTo(400);
    assertThat(notOurs.json().get("errors").get(0).get("line").asInt()).isEqualTo(1);

    Answer external =
        upload(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CTfile>&e;</CTfile>",
            false);
    assertThat(external.status()).isEqualTo(400);
    assertThat(external.body()).doesNotContain("root:");

    Answer large = upload(senco, new byte[6 * 1024 * 1024], false);
    assertThat(large.status()).isEqualTo(400);
    assertThat(large.json().get("errors").get(0).get("message").asString()).contains("5 MB");

    Answer huge = upload(senco, new byte[50 * 1024 * 1024], false);
    assertThat(huge.status()).isIn(400, 413);
    assertThat(onRoll()).isZero();
  }

  @Test
  void strangersGet404() {
    String teacher = api.tokenFor("teacher@riverside.example");
    Answer answer = upload(teacher, ImportFiles.csv(2).getBytes(StandardCharsets.UTF_8), true);
    assertThat(answer.status()).isEqualTo(404);
    String riversideSenco = api.tokenFor("senco@riverside.example");
    assertThat(
            upload(riversideSenco, ImportFiles.csv(2).getBytes(StandardCharsets.UTF_8), true)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/exports/census?school=" + school.id(), riversideSenco).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/exports/census?school=nonsense", senco).status()).isEqualTo(404);
  }

  @Test
  void twoThousandPupilsImportAsAJobWithProgressThenTheSameAnswer() throws Exception {
    String csv = ImportFiles.csv(2_000);
    long started = System.nanoTime();
    Answer accepted = upload(csv, false);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.location()).startsWith("/api/v1/imports/jobs/");

    ApiClient.Response job = api.get(accepted.location(), senco);
    boolean sawRunning = false;
    for (int i = 0; i < 300 && job.status() == 200 && job.body().contains("RUNNING"); i++) {
      sawRunning = true;
      assertThat(job.json().get("progress").asInt()).isBetween(0, 100);
      Thread.sleep(100);
      job = api.get(accepted.location(), senco);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    log.info("Imported 2,000 pupils through the API (upload, job and polls) in {} ms", ms);
    assertThat(job.status()).as(job.body()).isEqualTo(200);
    assertThat(job.json().get("created").asInt()).isEqualTo(2_000);
    assertThat(onRoll()).isEqualTo(2_000);
    assertThat(sawRunning || job.status() == 200).isTrue();

    String other = api.tokenFor("senco@riverside.example");
    assertThat(api.get(accepted.location(), other).status()).isEqualTo(404);
  }

  @Test
  void theCensusCsvHasTheCensusCodes() {
    upload(
        CsvReader.HEADER
            + "\n"
            + ImportFiles.upn()
            + ",Dee,Census,,2015-01-01,5,K,SPLD,SLCN\n"
            + ImportFiles.upn()
            + ",\"=cmd|' /C calc'!A0\",Census,,2015-01-01,5,E,ASD,\n",
        false);
    ApiClient.Response csv = api.get("/api/v1/exports/census?school=" + school.id(), senco);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo(Census.HEADER);
    assertThat(csv.body()).contains(",K,SPLD,SLCN,Census,Dee,2015-01-01").contains(",E,ASD,,");
    assertThat(csv.body()).contains("'=cmd").doesNotContain(",=cmd");
  }
}

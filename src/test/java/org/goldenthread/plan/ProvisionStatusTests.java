package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PdfFile;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.WithMailServer;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Pausing support, on a real database and a real SMTP server (GreenMail): the SENCO pauses a
 * pupil's speech and language sessions with a reason, both parents are told at once, the plan and
 * its history and its PDF show it; the family may not pause it themselves (403), a stranger learns
 * nothing (404), a pause without a reason or with hostile text is refused by its field, and two
 * changes from one version give one 200 and one 409.
 */
@IntegrationTest
@WithMailServer
class ProvisionStatusTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired Families families;
  @Autowired Plans plans;
  Mailbox mail = MailServer.mailbox();

  ApiClient api;
  Pupils.Pupil pupil;
  String father;
  String senco;
  String status;
  UUID provisionId;

  @BeforeEach
  void aPupilWithTwoParentsAndSupport() {
    api = new ApiClient(port);
    Pupils pupils = new Pupils(context);
    String mother = "mother+" + UUID.randomUUID() + "@provision.example";
    father = "father+" + UUID.randomUUID() + "@provision.example";
    pupil = pupils.pupil("Nia", "Hart").withParent(mother, "Rhian Hart").add();
    AccessibleChild record = access.open(pupils.user(Pupils.SENCO), pupil.id());
    families.add(
        record,
        new FamilyMemberDetails(
            "Owen Hart",
            father,
            null,
            FamilyRelationship.FATHER,
            true,
            null,
            null,
            null,
            null,
            false,
            null));
    provisionId =
        plans
            .add(
                record,
                new ItemInput.Provision(
                    "Speech and language sessions",
                    DelivererRole.THERAPIST,
                    "Ms Patel",
                    2,
                    30,
                    1,
                    null,
                    null,
                    null))
            .id();
    senco = api.tokenFor(Pupils.SENCO);
    status = "/api/v1/children/" + pupil.id() + "/plan/provisions/" + provisionId + "/status";
  }

  @Test
  void aPauseWithItsReasonIsToldToBothParentsAtOnceAndShownInThePlan() {
    LocalDate until = TODAY.plusWeeks(2);
    var paused =
        api.post(
            status,
            senco,
            """
            {"status": "PAUSED", "reason": "Ms Patel is away on a course", "until": "%s"}
            """
                .formatted(until));

    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    assertThat(paused.json().get("status").asString()).isEqualTo("PAUSED");
    assertThat(paused.json().get("statusFrom").asString()).isEqualTo(TODAY.toString());
    for (String parent : List.of(pupil.parentEmail(), father)) {
      MimeMessage letter = mail.awaitOne(parent, Mailbox.subject("Support for Nia", ""));
      assertThat(subject(letter)).isEqualTo("Support for Nia is paused");
      assertThat(text(letter))
          .contains("has paused a piece of the support in Nia Hart's plan")
          .contains("\"Speech and language sessions\" from " + new Dates().date(TODAY))
          .contains("until " + new Dates().date(until))
          .contains("The reason given: Ms Patel is away on a course")
          .contains("/children/" + pupil.id() + "/plan/provisions/" + provisionId);
    }
    JsonNode plan = api.get("/api/v1/children/" + pupil.id() + "/plan", senco).json();
    assertThat(plan.get("provisions").get(0).get("statusReason").asString())
        .isEqualTo("Ms Patel is away on a course");
    JsonNode changes =
        api.get(
                "/api/v1/children/" + pupil.id() + "/plan/provisions/" + provisionId + "/history",
                senco)
            .json();
    assertThat(changes.toString()).contains("PAUSED");
    try (PdfFile pdf =
        PdfFile.read(api.download("/api/v1/children/" + pupil.id() + "/plan/pdf", senco).body())) {
      assertThat(pdf.text().replaceAll("\\s+", " "))
          .contains("Paused from " + new Dates().date(TODAY))
          .contains("Ms Patel is away on a course");
    }
  }

  @Test
  void theFamilyMayNotPauseItAndAStrangerLearnsNothing() {
    String parent = api.tokenFor(pupil.parentEmail());
    String stranger = api.tokenFor("senco@brook.example");
    String body = "{\"status\": \"STOPPED\", \"reason\": \"Not needed\"}";

    assertThat(api.post(status, parent, body).status()).isEqualTo(403);
    assertThat(api.post(status, stranger, body).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/children/" + pupil.id() + "/plan", senco).json().toString())
        .contains("\"status\":\"ACTIVE\"");
  }

  @Test
  void aPauseWithoutAReasonOrWithHostileTextIsRefusedByItsField() {
    var noReason = api.post(status, senco, "{\"status\": \"PAUSED\"}");
    var nul = api.post(status, senco, "{\"status\": \"PAUSED\", \"reason\": \"away\\u0000\"}");
    var huge =
        api.post(
            status, senco, "{\"status\": \"PAUSED\", \"reason\": \"" + "a".repeat(100_000) + "\"}");
    var markup = api.post(status, senco, "{\"status\": \"<b>PAUSED</b>\", \"reason\": \"x\"}");
    var backwards =
        api.post(
            status,
            senco,
            "{\"status\": \"PAUSED\", \"reason\": \"x\", \"from\": \"%s\", \"until\": \"%s\"}"
                .formatted(TODAY.plusDays(5), TODAY.plusDays(1)));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"reason\"");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("reason");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("reason");
    assertThat(markup.status()).isEqualTo(400);
    assertThat(markup.body()).contains("\"status\"");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("\"until\"");
  }

  @Test
  void twoChangesFromOneVersionGiveOneSuccessAndOneConflict() {
    long version =
        api.get("/api/v1/children/" + pupil.id() + "/plan", senco)
            .json()
            .get("provisions")
            .get(0)
            .get("version")
            .asLong();
    Callable<Integer> pause =
        () ->
            api.post(
                    status,
                    senco,
                    "{\"status\": \"PAUSED\", \"reason\": \"Away\", \"version\": " + version + "}")
                .status();
    Callable<Integer> stop =
        () ->
            api.post(
                    status,
                    senco,
                    "{\"status\": \"STOPPED\", \"reason\": \"Done\", \"version\": " + version + "}")
                .status();

    assertThat(AtOnce.run(pause, stop)).containsExactlyInAnyOrder(200, 409);
  }
}

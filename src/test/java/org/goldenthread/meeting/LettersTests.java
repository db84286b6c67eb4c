package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, rules 3 and 5, through a real SMTP server (GreenMail). Both parents: everyone on the
 * child's family record with parental responsibility is invited to each meeting and gets the same
 * letters, whatever the booking's inviteeIds say: on the invitees with an account, by email with a
 * link to create one without; a parent on whom a limit is recorded, and a carer without parental
 * responsibility, get none. Letters that stand alone: every email the app sends names the child by
 * the name they go by (when it is about a child) and the school in its subject or first lines,
 * names who sent it, says what to do next and links to the page.
 */
@IntegrationTest
@WithMailServer
class LettersTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  MeetingFixtures fixtures;
  MeetingCalls calls;
  String senco;
  Mailbox mail = MailServer.mailbox();

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
    calls = new MeetingCalls(api, senco);
  }

  @Test
  void aMeetingBookedForTheTeacherAloneStillInvitesAndMailsBothParents() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person father = fixtures.familyByEmail(child, "Lee Father", true, false);
    MeetingFixtures.Person limited = fixtures.familyByEmail(child, "Kim Limited", true, true);
    MeetingFixtures.Person grandma = fixtures.familyByEmail(child, "Pat Gran", false, false);

    JsonNode meeting = calls.arrange(child.id(), inDays(14), false, child.teacherId());
    assertThat(MeetingCalls.invitees(meeting))
        .as("the mother, who has an account, is on the invitees though not named")
        .contains(child.parentId().toString(), child.teacherId().toString());

    MimeMessage toMother = mail.awaitOne(child.parentEmail(), Mailbox.subject("Invitation:", ""));
    MimeMessage toFather = mail.awaitOne(father.email(), Mailbox.subject("Invitation:", ""));
    assertThat(subject(toFather)).isEqualTo(subject(toMother));
    String letter = text(toFather);
    assertThat(letter)
        .startsWith("Dear Lee Father,")
        .contains("Helen Carter (SENCO at Riverside Academy) has invited you")
        .contains("You do not have a Golden Thread account yet");
    assertThat(Mailbox.links(letter))
        .as("the meeting's page, then the link that creates his account")
        .containsExactly("/meetings/" + id(meeting), accountLink(letter));
    assertThat(Mailbox.links(text(toMother))).noneMatch(link -> link.startsWith("/invitations/"));
    assertThat(
            Calendars.values(
                Calendars.event(Calendars.parse(Mailbox.calendar(toFather))), Property.ATTENDEE))
        .contains("mailto:" + father.email(), "mailto:" + child.parentEmail());

    PageSession helen = new PageSession(port);
    helen.signIn(MeetingFixtures.SENCO, ApiClient.DEMO_PASSWORD);
    assertThat(helen.get("/meetings/" + id(meeting)).document().select("#invited").text())
        .contains("Lee Father, parent or carer, by email (no account yet)")
        .doesNotContain("Kim Limited", "Pat Gran");
    EventPublications.awaitHandled(jdbc, child.id().toString());
    assertThat(mail.to(limited.email())).as("a limit is recorded on her").isEmpty();
    assertThat(mail.to(grandma.email())).as("no parental responsibility").isEmpty();

    PageSession dad = new PageSession(port);
    PageSession.Page form = dad.get(accountLink(letter));
    assertThat(form.status()).isEqualTo(200);
    PageSession.Page signedUp =
        dad.submit(
            form,
            "main form",
            Map.of(
                "name", "Lee Father",
                "password", "walnut-harbour-kettle-4",
                "confirmPassword", "walnut-harbour-kettle-4"));
    assertThat(signedUp.location()).contains("/sign-in?invitationAccepted");
    String token =
        api.post(
                "/api/v1/auth/tokens",
                null,
                "{\"email\":\"" + father.email() + "\",\"password\":\"walnut-harbour-kettle-4\"}")
            .json()
            .get("token")
            .asString();
    assertThat(api.get("/api/v1/children/" + child.id(), token).status())
        .as("his new account is linked to his entry on the family record")
        .isEqualTo(200);

    ApiClient.Response moved =
        calls.put(id(meeting), "\"location\":\"The library\"", calls.version(id(meeting)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    MimeMessage change = mail.awaitOne(father.email(), Mailbox.subject("Changed:", ""));
    assertThat(Mailbox.links(text(change)))
        .as("now that he has an account, no link to create one")
        .containsExactly("/meetings/" + id(meeting));
    String fatherId = api.get("/api/v1/me", token).json().get("id").asString();
    assertThat(MeetingCalls.invitees(moved.json())).contains(fatherId, child.parentId().toString());
    EventPublications.awaitHandled(jdbc, child.id().toString());
    assertThat(mail.to(limited.email())).isEmpty();
    assertThat(mail.to(grandma.email())).isEmpty();
  }

  @Test
  void aParentKnownByEmailGetsEveryLetterAboutTheMeetingButNotOnceALimitIsRecorded() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person father = fixtures.familyByEmail(child, "Jo Father", true, false);
    JsonNode meeting = calls.arrange(child.id(), inDays(10), false);
    JsonNode held = calls.arrange(child.id(), inDays(-1), false);
    assertThat(
            calls.put(id(meeting), "\"location\":\"Room 9\"", calls.version(id(meeting))).status())
        .isEqualTo(200);
    assertThat(
            calls
                .close(id(held), "\"minutes\":\"We met.\",\"noFollowUpReason\":\"All done.\"")
                .status())
        .isEqualTo(200);
    for (String kind : List.of("Invitation:", "Changed:", "What happens next:")) {
      MimeMessage letter = mail.awaitOne(father.email(), Mailbox.subject(kind, ""));
      assertThat(Mailbox.links(text(letter))).as(kind).anyMatch(l -> l.startsWith("/invitations/"));
    }

    jdbc.update(
        "update family_member set information_limited = true, limitation_note = 'Court order'"
            + " where id = ?",
        father.memberId());
    assertThat(
            calls.put(id(meeting), "\"status\":\"CANCELLED\"", calls.version(id(meeting))).status())
        .isEqualTo(200);
    mail.awaitOne(child.parentEmail(), Mailbox.subject("Cancelled:", ""));
    EventPublications.awaitHandled(jdbc, child.id().toString());
    assertThat(mail.to(father.email()).stream().map(Mailbox::subject))
        .as("checked against the family record when sent: nothing after the limit")
        .noneMatch(s -> s.startsWith("Cancelled:"));
  }

  @Test
  void everyLetterNamesTheChildTheSchoolAndTheSenderSaysWhatToDoAndLinksToThePage() {
    MeetingFixtures.Fresh child = fixtures.child("Mo");
    JsonNode record = api.get("/api/v1/children/" + child.id(), senco).json();
    String mo = "Mo " + record.get("familyName").asString();
    String helen = "Helen Carter (SENCO at Riverside Academy)";
    MeetingFixtures.Person father = fixtures.familyByEmail(child, "Ed Father", true, false);

    JsonNode meeting = calls.arrange(child.id(), inDays(12), false, child.teacherId());
    standsAlone(mail.awaitOne(child.parentEmail(), Mailbox.subject("Invitation:", mo)), mo, helen);
    standsAlone(mail.awaitOne(father.email(), Mailbox.subject("Invitation:", mo)), mo, helen);
    assertThat(
            calls
                .put(
                    id(meeting),
                    "\"inviteeIds\":[],\"location\":\"Room 7\"",
                    calls.version(id(meeting)))
                .status())
        .isEqualTo(200);
    standsAlone(mail.awaitOne(child.parentEmail(), Mailbox.subject("Changed:", mo)), mo, helen);
    standsAlone(
        mail.awaitOne(MeetingFixtures.TEACHER, Mailbox.subject("You are no longer invited:", mo)),
        mo,
        helen);
    assertThat(
            calls.put(id(meeting), "\"status\":\"CANCELLED\"", calls.version(id(meeting))).status())
        .isEqualTo(200);
    standsAlone(mail.awaitOne(child.parentEmail(), Mailbox.subject("Cancelled:", mo)), mo, helen);
    JsonNode held = calls.arrange(child.id(), inDays(-1), false);
    assertThat(
            calls
                .close(id(held), "\"minutes\":\"We met.\",\"noFollowUpReason\":\"All done.\"")
                .status())
        .isEqualTo(200);
    standsAlone(
        mail.awaitOne(child.parentEmail(), Mailbox.subject("What happens next:", mo)), mo, helen);

    MeetingFixtures.Person grandma = fixtures.familyByEmail(child, "Una Gran", false, false);
    context
        .getBean(org.goldenthread.family.Families.class)
        .invite(fixtures.door(child), grandma.memberId());
    standsAlone(mail.awaitOne(grandma.email(), m -> true), mo, helen);

    String newcomer = "new.senco." + java.util.UUID.randomUUID() + "@example.org";
    context
        .getBean(org.goldenthread.identity.Invitations.class)
        .invite(
            new org.goldenthread.identity.NewInvitation(
                newcomer, "Jo Newton", org.goldenthread.identity.Role.SENCO, fixtures.riverside()),
            fixtures.user("admin@goldenthread.example").id());
    standsAlone(
        mail.awaitOne(newcomer, m -> true), null, "Alex Morgan (Golden Thread administrator)");

    String forgetful = "forgetful." + java.util.UUID.randomUUID() + "@example.org";
    context
        .getBean(org.goldenthread.identity.Accounts.class)
        .createOrGrant(
            forgetful,
            "Ray Forgetful",
            "original-password-42",
            org.goldenthread.identity.Role.TEACHER,
            fixtures.riverside());
    PageSession person = new PageSession(port);
    person.submit(person.get("/forgotten-password"), "main form", Map.of("email", forgetful));
    MimeMessage reset = mail.awaitOne(forgetful, Mailbox.subject("Set a new password", ""));
    standsAlone(reset, null, "Golden Thread sent this email by itself");
    PageSession.Page followed = person.get(Mailbox.links(text(reset)).get(0));
    person.submit(
        person.get(followed.location()),
        "main form",
        Map.of("password", "harbour-tulip-engine-7", "confirmPassword", "harbour-tulip-engine-7"));
    standsAlone(
        mail.awaitOne(
            forgetful, Mailbox.subject("Your Golden Thread password has been changed", "")),
        null,
        "Golden Thread sent this email by itself");
  }

  /**
   * The letter makes sense on its own: the child (by the name they go by, never their given name
   * when they go by another) and the school in the subject or the first lines, who sent it there
   * too, what to do next, and a link.
   */
  private static void standsAlone(MimeMessage letter, String child, String sender) {
    String body = text(letter);
    String opening = subject(letter) + "\n" + String.join("\n", body.lines().limit(4).toList());
    assertThat(opening).as(subject(letter)).contains("Riverside Academy", sender);
    if (child != null) {
      assertThat(opening).as(subject(letter)).contains(child);
      assertThat(subject(letter) + body).as("never her given name").doesNotContain("Maya");
    }
    assertThat(body).as(subject(letter)).contains("What to do next:");
    assertThat(Mailbox.links(body)).as(subject(letter)).isNotEmpty();
  }

  private static String accountLink(String letter) {
    return Mailbox.links(letter).stream()
        .filter(link -> link.startsWith("/invitations/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link to create an account in " + letter));
  }
}

package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.meeting.MeetingCalls.id;
import static org.goldenthread.meeting.MeetingCalls.inDays;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, rule 3: everyone on the child's family record with parental responsibility is invited
 * to each meeting and gets the same letters, whatever the booking's inviteeIds say: on the invitees
 * with an account, by email with a link to create one without. A parent on whom a limit is
 * recorded, and a carer without parental responsibility, get none. Real SMTP (GreenMail).
 */
@IntegrationTest
class BothParentsTests {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("goldenthread.mail.outbox-enabled", () -> "false");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  MeetingFixtures fixtures;
  MeetingCalls calls;
  Mailbox mail = new Mailbox(smtp);

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    calls = new MeetingCalls(api, api.tokenFor(MeetingFixtures.SENCO));
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

  private static String accountLink(String letter) {
    return Mailbox.links(letter).stream()
        .filter(link -> link.startsWith("/invitations/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link to create an account in " + letter));
  }
}

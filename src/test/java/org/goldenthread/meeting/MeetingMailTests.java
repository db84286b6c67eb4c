package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Meeting mail goes through a real SMTP server (GreenMail): the invitation carries the calendar
 * file, an update keeps its UID with a higher SEQUENCE, and closing sends what happens next.
 */
@IntegrationTest
@WithMailServer
class MeetingMailTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;
  Mailbox mail = MailServer.mailbox();

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    senco = api.tokenFor(MeetingFixtures.SENCO);
  }

  @Test
  void theInvitationArrivesWithItsCalendarFileAndAnUpdateKeepsTheUidWithAHigherSequence()
      throws Exception {
    MeetingFixtures.Fresh child = fixtures.child();
    Instant start = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.MINUTES);
    JsonNode meeting =
        created(
            api.post(
                "/api/v1/children/" + child.id() + "/meetings",
                senco,
                "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                    + start
                    + "\",\"location\":\"Room 4\"}"));

    MimeMessage invitation = awaitMail(child.parentEmail(), 1).get(0);
    assertThat(invitation.getSubject()).startsWith("Invitation: SEN support review for Maya");
    assertThat(Mailbox.text(invitation)).contains("What is going well for Maya", "/meetings/");
    Part file = calendarPart(invitation);
    assertThat(file.getFileName()).isEqualTo("invite.ics");
    assertThat(file.getContentType()).contains("text/calendar").contains("method=REQUEST");
    VEvent first = Calendars.event(Calendars.parse(content(file)));
    String uid = Calendars.value(first, Property.UID);
    assertThat(uid).isEqualTo(meeting.get("calendarUid").asString());
    assertThat(Calendars.value(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(Calendars.values(first, Property.ATTENDEE))
        .contains("mailto:" + child.parentEmail());

    api.send(
        "PUT",
        "/api/v1/meetings/" + meeting.get("id").asString(),
        senco,
        "{\"location\":\"The library\",\"version\":" + meeting.get("version") + "}");
    MimeMessage update = awaitMail(child.parentEmail(), 2).get(1);
    assertThat(update.getSubject()).startsWith("Changed:");
    Calendar updated = Calendars.parse(content(calendarPart(update)));
    VEvent second = Calendars.event(updated);
    assertThat(Calendars.value(second, Property.UID)).isEqualTo(uid);
    assertThat(Integer.parseInt(Calendars.value(second, Property.SEQUENCE))).isGreaterThan(0);
    assertThat(Calendars.value(second, Property.LOCATION)).isEqualTo("The library");
    assertThat(awaitMail(MeetingFixtures.SENCO, 1)).isNotEmpty();
  }

  @Test
  void closingEmailsTheSummaryOfWhatHappensNext() throws Exception {
    MeetingFixtures.Fresh child = fixtures.child();
    Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    JsonNode meeting =
        created(
            api.post(
                "/api/v1/children/" + child.id() + "/meetings",
                senco,
                "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                    + start
                    + "\",\"location\":\"Room 4\"}"));
    String path = "/api/v1/meetings/" + meeting.get("id").asString();
    created(
        api.post(
            path + "/actions",
            senco,
            "{\"description\":\"Share the new word mat with home\",\"ownerId\":\""
                + child.teacherId()
                + "\",\"dueOn\":\""
                + LocalDate.now().plusWeeks(2)
                + "\"}"));
    LocalDate followUpOn = LocalDate.now().plusWeeks(10);
    assertThat(
            api.post(
                    path + "/close",
                    senco,
                    "{\"minutes\":\"A good meeting.\",\"followUpOn\":\"" + followUpOn + "\"}")
                .status())
        .isEqualTo(200);

    MimeMessage summary =
        mail.awaitOne(child.parentEmail(), m -> Mailbox.subject(m).startsWith("What happens next"));
    String body = Mailbox.text(summary);
    assertThat(body)
        .contains("Share the new word mat with home", "Tom Reid")
        .contains("The next meeting is planned for");
  }

  private static JsonNode created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private List<MimeMessage> awaitMail(String email, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> mail.to(email).size() >= count);
    return mail.to(email);
  }

  private static Part calendarPart(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/calendar")) {
        return part;
      }
    }
    throw new AssertionError("no text/calendar part in " + message.getSubject());
  }

  private static String content(Part part) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    part.getInputStream().transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}

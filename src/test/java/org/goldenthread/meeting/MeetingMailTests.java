package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import java.util.Arrays;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Meeting mail goes through a real SMTP server (GreenMail): the invitation carries the calendar
 * file, an update keeps its UID with a higher SEQUENCE, and closing sends what happens next.
 */
@IntegrationTest
class MeetingMailTests {

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
  ApiClient api;
  MeetingFixtures fixtures;
  String senco;

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

    MimeMessage invitation = awaitMail(child.parentEmail(), 1)[0];
    assertThat(invitation.getSubject()).startsWith("Invitation: SEN support review for Maya");
    assertThat(text(invitation)).contains("What is going well for Maya", "/meetings/");
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
    MimeMessage update = awaitMail(child.parentEmail(), 2)[1];
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

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Arrays.stream(mailsTo(child.parentEmail()))
                    .anyMatch(m -> subject(m).startsWith("What happens next")));
    MimeMessage summary =
        Arrays.stream(mailsTo(child.parentEmail()))
            .filter(m -> subject(m).startsWith("What happens next"))
            .findFirst()
            .orElseThrow();
    String body = text(summary);
    assertThat(body)
        .contains("Share the new word mat with home", "Tom Reid")
        .contains("The next meeting is planned for");
  }

  private static JsonNode created(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private static MimeMessage[] awaitMail(String email, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).length >= count);
    return mailsTo(email);
  }

  private static MimeMessage[] mailsTo(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(email))
        .toArray(MimeMessage[]::new);
  }

  private static jakarta.mail.Address[] recipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of a message, multipart or not. */
  private static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String plain) {
      return plain;
    }
    Multipart parts = (Multipart) content;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.getCount(); i++) {
      collectText(parts.getBodyPart(i), out);
    }
    return out.toString();
  }

  private static void collectText(BodyPart part, StringBuilder out) throws Exception {
    if (part.isMimeType("text/plain") && part.getFileName() == null) {
      out.append(part.getContent());
    } else if (part.getContent() instanceof Multipart inner) {
      for (int i = 0; i < inner.getCount(); i++) {
        collectText(inner.getBodyPart(i), out);
      }
    }
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

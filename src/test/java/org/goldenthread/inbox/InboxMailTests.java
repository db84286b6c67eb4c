package org.goldenthread.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.WithMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The emails of the inbox through a real SMTP server (GreenMail), all in this one class so that
 * they share one application context: the daily digest (one email per person per day with every
 * unread item of a digest kind, once even when run twice at once), the immediate email of a kind
 * with no letter of its own, and a choice of no email for meetings keeping the meeting's letter
 * from a parent with an account.
 */
@IntegrationTest
@WithMailServer
class InboxMailTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired InboxDigests digests;
  Mailbox mail = MailServer.mailbox();
  ApiClient api;
  String senco;

  @BeforeEach
  void signIn() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
  }

  @Test
  void theDigestGoesOncePerPersonAndDayWithEveryUnreadItemEvenRunTwiceAtOnce() {
    String mother = "mother+" + UUID.randomUUID() + "@digest.example";
    String father = "father+" + UUID.randomUUID() + "@digest.example";
    Pupils.Pupil amir =
        new Pupils(context).pupil("Amir", "Digest").withParent(mother, "Lina").add();
    Pupils.Pupil bea = new Pupils(context).pupil("Bea", "Digest").withParent(father, "Tom").add();
    message(amir, "Swimming kit");
    message(amir, "Trip on Friday");
    message(amir, "Already read");
    message(bea, "Lunch menu");
    String motherToken = api.tokenFor(mother);
    EventPublications.awaitHandled(jdbc, amir.id().toString());
    EventPublications.awaitHandled(jdbc, bea.id().toString());
    JsonNode read =
        api.get("/api/v1/inbox?size=200", motherToken)
            .json()
            .get("items")
            .valueStream()
            .filter(item -> item.get("title").asString().endsWith("Already read"))
            .findFirst()
            .orElseThrow();
    api.post("/api/v1/inbox/" + read.get("id").asString() + "/read", motherToken, null);
    assertThat(mail.to(mother)).as("a message is for the digest by default").isEmpty();

    List<Integer> sent = AtOnce.run(() -> digests.send(TODAY), () -> digests.send(TODAY));

    assertThat(sent.get(0) + sent.get(1)).isGreaterThanOrEqualTo(2);
    MimeMessage digest = mail.awaitOne(mother, Mailbox.subject("Your daily digest", "2 new"));
    assertThat(text(digest))
        .contains("Dear Lina")
        .contains("New message about Amir Digest: Swimming kit (Amir Digest, Riverside Academy)")
        .contains("New message about Amir Digest: Trip on Friday")
        .doesNotContain("Already read")
        .contains("/children/" + amir.id() + "/messages/")
        .contains("/account/notifications");
    MimeMessage other = mail.awaitOne(father, Mailbox.subject("Your daily digest", "1 new"));
    assertThat(text(other)).contains("Lunch menu").doesNotContain("Amir");

    assertThat(digests.send(TODAY)).as("nothing left for today").isZero();
    message(amir, "After the digest");
    EventPublications.awaitHandled(jdbc, amir.id().toString());
    assertThat(digests.send(TODAY)).as("the next digest is tomorrow's").isZero();
    EventPublications.awaitHandled(jdbc, amir.id().toString());
    assertThat(mail.to(mother)).hasSize(1);
    assertThat(mail.to(father)).hasSize(1);

    assertThat(digests.send(TODAY.plusDays(1))).isGreaterThanOrEqualTo(1);
    MimeMessage tomorrow =
        mail.awaitOne(
            mother,
            m ->
                subject(m).startsWith("Your daily digest") && text(m).contains("After the digest"));
    assertThat(text(tomorrow)).doesNotContain("Swimming kit");
  }

  @Test
  void someoneWhoChoseImmediateEmailForMessagesGetsOneNamingTheChildSchoolAndSender() {
    String mother = "mother+" + UUID.randomUUID() + "@now.example";
    Pupils.Pupil cara = new Pupils(context).pupil("Cara", "Now").withParent(mother, "Ruth").add();
    String token = api.tokenFor(mother);
    api.send("PUT", "/api/v1/me/notification-preferences", token, "{\"MESSAGE\":\"IMMEDIATE\"}");

    JsonNode sent = message(cara, "Sports day");

    MimeMessage email =
        mail.awaitOne(mother, Mailbox.subject("New message about Cara Now", "Sports day"));
    assertThat(text(email))
        .contains("Dear Ruth")
        .contains("About: Cara Now, Riverside Academy")
        .contains("(SENCO at Riverside Academy)")
        .contains("/children/" + cara.id() + "/messages/" + sent.get("threadId").asString());
  }

  @Test
  void noEmailForMeetingsKeepsTheInvitationFromAParentWithAnAccountButNotTheInbox() {
    String mother = "mother+" + UUID.randomUUID() + "@meetings.example";
    Pupils.Pupil dan =
        new Pupils(context).pupil("Dan", "Quiet").withParent(mother, "Mo").withTeacher().add();
    String token = api.tokenFor(mother);
    ApiClient.Response chose =
        api.send("PUT", "/api/v1/me/notification-preferences", token, "{\"MEETING\":\"NONE\"}");
    assertThat(chose.status()).as(chose.body()).isEqualTo(200);

    Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
    ApiClient.Response booked =
        api.post(
            "/api/v1/children/" + dan.id() + "/meetings",
            senco,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 2\",\"inviteeIds\":[\""
                + dan.teacherId()
                + "\"]}");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);

    mail.awaitOne(Pupils.TEACHER, Mailbox.subject("Invitation:", "Dan"));
    EventPublications.awaitHandled(jdbc, dan.id().toString());
    assertThat(mail.to(mother)).as("no letter for a parent who chose no email").isEmpty();
    JsonNode items = api.get("/api/v1/inbox?size=200", token).json().get("items");
    assertThat(
            items
                .valueStream()
                .filter(i -> i.get("childId").asString().equals(dan.id().toString())))
        .extracting(i -> i.get("kind").asString())
        .containsExactly("MEETING");
  }

  private JsonNode message(Pupils.Pupil pupil, String subject) {
    ApiClient.Response sent =
        api.post(
            "/api/v1/children/" + pupil.id() + "/messages",
            senco,
            "{\"subject\":\"" + subject + "\",\"text\":\"Hello\"}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json();
  }
}

package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Mailbox;
import org.goldenthread.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every letter in its reader's language, through a real SMTP server (GreenMail): the language they
 * chose on their account; else the preferred language on the family record, when we write in it;
 * else English. Its words and its dates both.
 */
@IntegrationTest
class LettersInTheirLanguageTests {

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
  @Autowired Accounts accounts;
  MeetingFixtures fixtures;
  MeetingCalls calls;
  Mailbox mail = new Mailbox(smtp);

  @BeforeEach
  void client() {
    ApiClient api = new ApiClient(port);
    fixtures = new MeetingFixtures(context);
    calls = new MeetingCalls(api, api.tokenFor(MeetingFixtures.SENCO));
  }

  @Test
  void aPolishSpeakingParentIsInvitedInPolishAndAnEnglishOneInEnglish() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person father = fixtures.familyByEmail(child, "Piotr Nowak", true, false);
    recordPreferredLanguage(father.memberId(), "POL");
    Instant when = MeetingCalls.inDays(15);

    calls.arrange(child.id(), when, false, child.teacherId());

    MimeMessage polish = mail.awaitOne(father.email(), subject("Zaproszenie:", ""));
    assertThat(text(polish))
        .startsWith("Dzień dobry, Piotr Nowak,")
        .contains("zaprasza Cię na spotkanie")
        .contains(day(when, "pl"))
        .doesNotContain("Dear ", "has invited you");
    MimeMessage english = mail.awaitOne(child.parentEmail(), subject("Invitation:", ""));
    assertThat(text(english)).startsWith("Dear ").contains(day(when, "en-GB"));
  }

  @Test
  void theirOwnChoiceComesBeforeTheFamilyRecord() {
    MeetingFixtures.Fresh child = fixtures.child();
    jdbc.update(
        "update family_member set preferred_language = 'POL' where child_id = ? and user_id = ?",
        child.id(),
        child.parentId());
    accounts.chooseLanguage(child.parentId(), Language.WELSH);
    Instant when = MeetingCalls.inDays(16);

    calls.arrange(child.id(), when, false, child.teacherId());

    MimeMessage welsh = mail.awaitOne(child.parentEmail(), subject("Gwahoddiad:", ""));
    assertThat(text(welsh)).startsWith("Annwyl ").contains(day(when, "cy"));
    assertThat(inboxTitle(child.id(), child.parentId()))
        .as("her inbox, in Welsh too")
        .contains(" ar gyfer Maya ")
        .contains(day(when, "cy"));
    assertThat(inboxTitle(child.id(), child.teacherId()))
        .as("the teacher's, in English")
        .contains(" for Maya ")
        .contains(day(when, "en-GB"));
  }

  private String inboxTitle(java.util.UUID childId, java.util.UUID userId) {
    return jdbc.queryForObject(
        "select title from inbox_item where child_id = ? and user_id = ? and kind = 'MEETING'",
        String.class,
        childId,
        userId);
  }

  @Test
  void aLanguageWeDoNotWriteInGetsEnglish() {
    MeetingFixtures.Fresh child = fixtures.child();
    MeetingFixtures.Person grandma = fixtures.familyByEmail(child, "Ana Lopes", true, false);
    recordPreferredLanguage(grandma.memberId(), "POR");

    calls.arrange(child.id(), MeetingCalls.inDays(17), false, child.teacherId());

    assertThat(text(mail.awaitOne(grandma.email(), subject("Invitation:", ""))))
        .startsWith("Dear Ana Lopes,");
  }

  private void recordPreferredLanguage(java.util.UUID memberId, String code) {
    jdbc.update("update family_member set preferred_language = ? where id = ?", code, memberId);
  }

  private static String day(Instant when, String tag) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tag))
        .format(when.atZone(ZoneId.of("Europe/London")));
  }
}

package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.support.Mailbox.subject;
import static org.goldenthread.support.Mailbox.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.MailServer;
import org.goldenthread.support.Mailbox;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.WithMailServer;
import org.goldenthread.web.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every letter in its reader's language, through a real SMTP server (GreenMail): the language they
 * chose on their account; else the preferred language on the family record, when we write in it;
 * else English. Its words and its dates both.
 */
@IntegrationTest
@WithMailServer
class LettersInTheirLanguageTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;
  ApiClient api;
  Mailbox mail = MailServer.mailbox();

  /** A pupil with a mother (an account) at a school of its own, and its SENCO's calls. */
  private record Family(Pupils.Pupil pupil, String sencoToken, MeetingCalls calls) {}

  private Family family() {
    api = new ApiClient(port);
    FreshSchool school = FreshSchool.open(context);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Pupils.Pupil pupil =
        new Pupils(context, school)
            .pupil("Maya", "Lang" + tag)
            .withParent("mother." + tag + "@language.example", "Sam Lang" + tag)
            .add();
    String token = api.tokenFor(school.senco().email());
    return new Family(pupil, token, new MeetingCalls(api, token));
  }

  /** A parent known only by email, added through the API with their preferred language. */
  private String addParentByEmail(Family family, String name, String language) {
    String email =
        name.toLowerCase(Locale.ROOT).replace(' ', '.')
            + "."
            + UUID.randomUUID().toString().substring(0, 8)
            + "@language.example";
    ApiClient.Response added =
        api.post(
            "/api/v1/children/" + family.pupil().id() + "/family",
            family.sencoToken(),
            "{\"name\":\""
                + name
                + "\",\"email\":\""
                + email
                + "\",\"relationship\":\"FATHER\",\"parentalResponsibility\":true,"
                + "\"preferredLanguage\":\""
                + language
                + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return email;
  }

  @Test
  void aPolishSpeakingParentIsInvitedInPolishAndAnEnglishOneInEnglish() {
    Family family = family();
    String father = addParentByEmail(family, "Piotr Nowak", "pol");
    Instant when = MeetingCalls.inDays(15);

    family.calls().arrange(family.pupil().id(), when, false, family.pupil().parentId());

    MimeMessage polish = mail.awaitOne(father, subject("Zaproszenie:", ""));
    assertThat(text(polish))
        .startsWith("Dzień dobry, Piotr Nowak,")
        .contains("zaprasza Cię na spotkanie")
        .contains(day(when, "pl"))
        .doesNotContain("Dear ", "has invited you");
    MimeMessage english = mail.awaitOne(family.pupil().parentEmail(), subject("Invitation:", ""));
    assertThat(text(english)).startsWith("Dear ").contains(day(when, "en-GB"));
    assertThat(inboxTitle(family.pupil().id(), family.pupil().parentId()))
        .as("her inbox, in English")
        .contains(" for Maya ")
        .contains(day(when, "en-GB"));
  }

  @Test
  void theirOwnChoiceComesBeforeTheFamilyRecord() {
    Family family = family();
    jdbc.update(
        "update family_member set preferred_language = 'POL' where child_id = ? and user_id = ?",
        family.pupil().id(),
        family.pupil().parentId());
    accounts.chooseLanguage(family.pupil().parentId(), Language.WELSH);
    Instant when = MeetingCalls.inDays(16);

    family.calls().arrange(family.pupil().id(), when, false, family.pupil().parentId());

    MimeMessage welsh = mail.awaitOne(family.pupil().parentEmail(), subject("Gwahoddiad:", ""));
    assertThat(text(welsh)).startsWith("Annwyl ").contains(day(when, "cy"));
    assertThat(inboxTitle(family.pupil().id(), family.pupil().parentId()))
        .as("her inbox, in Welsh too")
        .contains(" ar gyfer Maya ")
        .contains(day(when, "cy"));
  }

  @Test
  void aLanguageWeDoNotWriteInGetsEnglish() {
    Family family = family();
    String grandpa = addParentByEmail(family, "Ana Lopes", "POR");

    family
        .calls()
        .arrange(family.pupil().id(), MeetingCalls.inDays(17), false, family.pupil().parentId());

    assertThat(text(mail.awaitOne(grandpa, subject("Invitation:", ""))))
        .startsWith("Dear Ana Lopes,");
  }

  private String inboxTitle(UUID childId, UUID userId) {
    return jdbc.queryForObject(
        "select title from inbox_item where child_id = ? and user_id = ? and kind = 'MEETING'",
        String.class,
        childId,
        userId);
  }

  private static String day(Instant when, String tag) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tag))
        .format(when.atZone(ZoneId.of("Europe/London")));
  }
}

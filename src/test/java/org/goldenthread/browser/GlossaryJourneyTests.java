package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mother getting ready for her son's review: from the meeting's preparation page she follows the
 * link to the guide to meetings, then a word in the guide to its explanation in the glossary, and
 * from there the glossary's A to Z and a search. Every page passed is checked with axe.
 */
class GlossaryJourneyTests extends BrowserTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aParentPreparingForAMeetingReadsTheGuideAndLooksUpAWord() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String parentEmail = "gwen." + suffix + "@example.org";
    Pupils.Pupil pupil =
        new Pupils(context)
            .pupil("Owen", "Price" + suffix)
            .withParent(parentEmail, "Gwen Price" + suffix)
            .add();
    UUID parentId =
        jdbc.queryForObject("select id from app_user where email = ?", UUID.class, parentEmail);
    ApiClient api = new ApiClient(port);
    ApiClient.Response booked =
        api.post(
            "/api/v1/children/" + pupil.id() + "/meetings",
            api.tokenFor(Pupils.SENCO),
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + Instant.now()
                    .plus(Duration.ofDays(3))
                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                + "\",\"location\":\"Room 4\",\"inviteeIds\":[\""
                + parentId
                + "\"]}");
    org.assertj.core.api.Assertions.assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    String meetingId = booked.json().get("id").asString();

    // 1. She opens the meeting's preparation page.
    page.navigate("/sign-in");
    signInAs(page, parentEmail);
    page.navigate("/meetings/" + meetingId + "/preparation/new");
    assertThat(heading(page)).hasText("Add your preparation");
    Axe.assertNoViolations(page);

    // 2. She follows the link to the guide to meetings.
    link(page, "Our guide to getting ready for a meeting").click();
    assertThat(heading(page)).hasText("Getting ready for a meeting");
    assertThat(page.locator("main")).containsText("Before the day");
    assertThat(page.locator("main a[href='/glossary/sendiass']")).hasCount(1);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    // 3. A word in the guide takes her to what it means.
    page.locator("main")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("SEND Information, Advice and Support Service"))
        .first()
        .click();
    assertThat(heading(page)).hasText("SEND Information, Advice and Support Service (SENDIASS)");
    assertThat(page.locator("#explanation")).containsText("free");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    // 4. From there, every word A to Z, and a search.
    link(page, "See every word, A to Z").click();
    assertThat(heading(page)).hasText("Glossary: the words explained");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    page.getByRole(
            AriaRole.SEARCHBOX,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Search the glossary"))
        .fill("annual review");
    page.locator("main")
        .getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Search"))
        .click();
    assertThat(page.locator("#results")).containsText("found for “annual review”");
    assertThat(page.locator("main dt a").first()).hasText("Annual review");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    // 5. The guidance for families, and the administrator's glossary, fit a phone too.
    page.navigate("/guidance");
    assertThat(heading(page)).hasText("Guidance for families");
    checkAtPhoneWidth(page);
    for (String guide :
        new String[] {
          "questions-to-ask",
          "keeping-records",
          "asking-for-an-ehc-needs-assessment",
          "when-things-go-wrong"
        }) {
      page.navigate("/guidance/" + guide);
      checkAtPhoneWidth(page);
    }
    signOut(page);
    signIn(page, "admin@goldenthread.example", Journey.DEMO_PASSWORD);
    page.navigate("/admin/glossary");
    assertThat(heading(page)).hasText("Keep the glossary");
    checkAtPhoneWidth(page);
    page.navigate("/admin/glossary/mediation");
    assertThat(heading(page)).hasText("Explain Mediation");
    checkAtPhoneWidth(page);
  }
}

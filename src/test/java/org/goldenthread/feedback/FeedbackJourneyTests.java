package org.goldenthread.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Families' feedback as people give and read it: after the SENCO closes a meeting, a mother opens
 * it, follows "Tell us whether you felt heard", is shown what she missed, answers and sees it kept;
 * the council's officer follows the link on her home to the answers counted by school and term,
 * with a chart, a table and a small group suppressed. Axe finds nothing wrong, nor at 320 px.
 */
class FeedbackJourneyTests extends BrowserTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void aMotherSaysHowTheMeetingWentAndTheOfficerReadsTheAnswersCounted() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@feedback.example";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Iris", "Hale" + tag).withParent(mother, "Rosa Hale" + tag).add();
    ApiClient api = new ApiClient(port);
    String senco = api.tokenFor(Pupils.SENCO);
    Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    ApiClient.Response booked =
        api.post(
            "/api/v1/children/" + pupil.id() + "/meetings",
            senco,
            "{\"kind\":\"SEN_SUPPORT_REVIEW\",\"startsAt\":\""
                + start
                + "\",\"location\":\"Room 4\",\"inviteeIds\":[\""
                + pupil.parentId()
                + "\"]}");
    String meeting = booked.json().get("id").asString();
    ApiClient.Response closed =
        api.post(
            "/api/v1/meetings/" + meeting + "/close",
            senco,
            "{\"minutes\":\"We agreed a reading plan.\",\"noFollowUpReason\":\"Next in spring\"}");
    org.assertj.core.api.Assertions.assertThat(closed.status()).isEqualTo(200);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/meetings/" + meeting);
    link(page, "Tell us whether you felt heard at this meeting").click();
    assertThat(heading(page)).hasText("How did it go?");
    Axe.assertNoViolations(page);

    button(page, "Send my answers").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: How did it go"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose whether you felt heard");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    group(page, "Did you feel heard?").getByLabel("Partly", exactIn()).check();
    group(page, "Do you know what happens next?").getByLabel("Yes", exactIn()).check();
    page.locator("main")
        .getByLabel("Anything you want to add (optional)", exactIn())
        .fill("Good to hear the plan, but we ran out of time for home.");
    button(page, "Send my answers").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Your answers have been kept");
    assertThat(group(page, "Did you feel heard?").getByLabel("Partly", exactIn())).isChecked();
    assertThat(button(page, "Change my answers")).isVisible();
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, "officer@northshire.example");
    section(page, "Families' feedback")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("What families told us about your schools"))
        .click();
    assertThat(heading(page)).containsText("Families' feedback, school year");
    assertThat(page.locator("main")).not().containsText("Rosa Hale" + tag);
    assertThat(page.locator("main")).not().containsText("Iris");
    assertThat(
            page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions().setName("Families' answers by school and term")))
        .isVisible();
    assertThat(row(page, "Riverside Academy").first()).containsText("families (");
    assertThat(row(page, "Brook Primary School").first())
        .containsText("Fewer than 5 families: not shown");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }
}

package org.goldenthread.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.Pupils;
import org.goldenthread.support.TinyPdf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A request in writing as people make and answer it: a mother asks the school in writing to request
 * an EHC needs assessment (a missing answer is shown beside its field first) and shares a report
 * with it, which the school must respond to; the SENCO finds it on her home and answers it with
 * reasons; the mother reads the answer and the time it took. Axe finds nothing wrong at desktop
 * width and at 320 px.
 */
class RequestJourneyTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void aMotherAsksInWritingForAnAssessmentTheSencoAnswersAndSheSeesTheTimeTaken() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@asks.example";
    String family = "Patel" + tag;
    String zara = "Zara " + family;
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Zara", family).withParent(mother, "Asha " + family).add();

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "Requests in writing")).containsText("No request is waiting");
    section(page, "Requests in writing")
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("See all requests, or make one"))
        .click();
    assertThat(heading(page)).hasText("Requests in writing for " + zara);
    Axe.assertNoViolations(page);

    button(page, "Send the request").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Requests in writing"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose what you are asking for");
    assertThat(page.locator("#text-error")).containsText("Write what you are asking for");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    group(page, "What are you asking for?")
        .getByLabel("An EHC needs assessment", exactIn())
        .check();
    group(page, "Who are you asking?")
        .getByLabel("The school (the SENCO or head teacher answers)", exactIn())
        .check();
    page.locator("main")
        .getByLabel("Your request", exactIn())
        .fill(
            "Please ask the local authority for an EHC needs assessment for Zara.\nHer reading has not moved this year.");
    button(page, "Send the request").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Your request was sent");
    assertThat(heading(page)).hasText("Request: An EHC needs assessment");
    assertThat(page.locator("#stands")).containsText("Waiting for an answer");
    assertThat(page.locator("#answer-form")).hasCount(0);
    Axe.assertNoViolations(page);

    page.navigate("/children/" + pupil.id() + "/documents");
    page.locator("main").getByLabel("What is it called?", exactIn()).fill("Reading assessment");
    group(page, "What kind of document is it?").getByLabel("Assessment report", exactIn()).check();
    page.locator("main")
        .getByLabel("The file", exactIn())
        .setInputFiles(
            new FilePayload(
                "reading.pdf", "application/pdf", TinyPdf.of("Reading age 7 years 2 months")));
    button(page, "Share the document").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("You shared Reading assessment.");
    assertThat(page.locator("#documents tbody tr").first()).containsText("Response due");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    assertThat(section(page, "Requests in writing")).containsText(zara);
    section(page, "Requests in writing")
        .locator("tr", new Locator.LocatorOptions().setHasText(zara))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("An EHC needs assessment"))
        .click();
    assertThat(heading(page)).hasText("Request: An EHC needs assessment");
    Axe.assertNoViolations(page);
    button(page, "Send the answer").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose your decision");
    Axe.assertNoViolations(page);
    group(page, "What is your decision?").getByLabel("Agreed", exactIn()).check();
    page.locator("main")
        .getByLabel("Your answer and the reasons for it", exactIn())
        .fill(
            "Yes. We will send the request to the local authority this week, with her reading records.");
    button(page, "Send the answer").click();
    assertThat(page.locator("#decision")).hasText("Agreed");
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id() + "/requests");
    assertThat(page.locator("main tbody")).containsText("Answered");
    page.locator("main tbody").getByRole(AriaRole.LINK).first().click();
    assertThat(page.locator("#answer"))
        .containsText("We will send the request to the local authority");
    assertThat(page.locator("#answer")).containsText("Answered by Helen Carter");
    assertThat(page.locator("#stands")).containsText("Answered the same day it was made, in time");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }
}

package org.goldenthread.worker;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.exactSection;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Teams;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The team around the worker as people use it: the class teacher, lead professional for a pupil,
 * asks the team a question from the child's page (a missing subject is shown beside its field
 * first); the SENCO finds it waiting on her home, opens it and answers; the teacher reads the
 * answer and marks the request resolved. Axe finds nothing wrong at desktop width and at 320 px.
 */
class SupportJourneyTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired Teams teams;

  @Test
  void theLeadAsksTheSencoSeesItOnHerHomeAndAnswersAndTheLeadResolvesIt() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String family = "Hughes" + tag;
    String mia = "Mia " + family;
    Pupils pupils = new Pupils(context);
    Pupils.Pupil pupil = pupils.pupil("Mia", family).withTeacher().add();
    AccessibleChild record = access.open(pupils.user(Pupils.SENCO), pupil.id());
    teams.makeLead(
        record,
        teams.current(record).stream()
            .filter(m -> pupil.teacherId().equals(m.userId()))
            .findFirst()
            .orElseThrow()
            .id());
    String subject = "Mia's reading at home " + tag;

    page.navigate("/sign-in");
    signInAs(page, Pupils.TEACHER);
    page.navigate("/children/" + pupil.id());
    assertThat(exactSection(page, "Support for the team"))
        .containsText("No request for support is open");
    exactSection(page, "Support for the team")
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ask the team for support"))
        .click();
    assertThat(heading(page)).hasText("Ask the team for support");
    Axe.assertNoViolations(page);

    group(page, "What would help?").getByLabel("A question for the team", exactIn()).check();
    button(page, "Ask the team").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Ask the team"));
    assertThat(page.locator("#subject-error")).containsText("Give the request a subject");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.locator("main").getByLabel("Subject", exactIn()).fill(subject);
    page.locator("main")
        .getByLabel("What you would like help with", exactIn())
        .fill("Mia's mother says she will not read at home.\nWhat has worked for others?");
    button(page, "Ask the team").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("gone to the team");
    assertThat(heading(page)).hasText(subject);
    assertThat(page.locator("#stands")).containsText("Open");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    Locator panel = section(page, "Requests for support from the team");
    assertThat(panel).containsText(mia + ": " + subject);
    assertThat(panel).containsText("asked by Tom Reid");
    panel
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(mia + ": " + subject))
        .click();
    assertThat(heading(page)).hasText(subject);
    Axe.assertNoViolations(page);
    page.locator("main")
        .getByLabel("Your answer", exactIn())
        .fill(
            "Paired reading with a grown-up for ten minutes worked for Sam. Try books about animals.");
    button(page, "Send answer").click();
    assertThat(page.locator("#replies")).containsText("Paired reading");
    assertThat(page.locator("#replies")).containsText("Helen Carter");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.TEACHER);
    page.navigate("/children/" + pupil.id() + "/support-requests");
    assertThat(heading(page)).hasText("Support for the team around " + mia);
    Axe.assertNoViolations(page);
    page.locator("#support-list")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(subject))
        .click();
    assertThat(page.locator("#replies")).containsText("Paired reading");
    page.locator("main")
        .getByLabel("Closing note", exactIn())
        .fill("We will try paired reading and look again at the review.");
    button(page, "Mark as resolved").click();
    assertThat(page.locator("#stands")).containsText("Resolved");
    assertThat(page.locator("#resolution")).containsText("paired reading");
    Axe.assertNoViolations(page);
  }
}

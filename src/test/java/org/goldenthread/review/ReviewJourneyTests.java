package org.goldenthread.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A review, as the people involved do it: the child's mother adds the family's view; the SENCO
 * records the review of the child's plan through the pages, putting right what the form says is
 * missing and ticking the mother's view as answered by it; the mother reads the review, which links
 * her view.
 */
class ReviewJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;

  @Test
  void theSencoRecordsAReviewAndTheMotherReadsIt() {
    ReviewFixtures.Planned child = new ReviewFixtures(context).child();
    String homework = "Homework takes all evening and ends in tears.";

    page.navigate("/sign-in");
    signInAs(page, child.child().parentEmail());
    page.navigate("/children/" + child.id() + "/views/new");
    group(page, "Whose view is it?").getByLabel("The family’s view", exactIn()).check();
    page.locator("main").getByLabel("What was said", exactIn()).fill(homework);
    button(page, "Save the view").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The view has been saved");
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, PlanFixtures.SENCO);
    page.navigate("/children/" + child.id());
    link(page, "Reviews of the plan").click();
    assertThat(heading(page)).hasText("Reviews of the plan");
    Axe.assertNoViolations(page);

    button(page, "Record a review").click();
    assertThat(heading(page)).hasText("Record a review");
    Axe.assertNoViolations(page);

    button(page, "Record the review").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Record a review"));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Enter the date the review was held");
    assertThat(summary).containsText("Choose how far outcome 2 has come");
    Axe.assertNoViolations(page);

    fillDate(page, "When was the review held?", TODAY);
    group(page, "How far has outcome 1 come?").getByLabel("In progress", exactIn()).check();
    page.locator("main")
        .getByLabel("Evidence of progress towards outcome 1", exactIn())
        .fill("Plays with Maya most breaktimes");
    group(page, "How far has outcome 2 come?").getByLabel("Not started", exactIn()).check();
    page.locator("main")
        .getByLabel("Evidence of progress towards outcome 2", exactIn())
        .fill("We will start on this after half term");
    page.locator("main")
        .getByLabel("The parents’ view", exactIn())
        .fill("She is happier going to school");
    page.locator("main").getByLabel("The child’s view", exactIn()).fill("I like playing with Maya");
    group(page, "What did the review decide?").getByLabel("Change the plan", exactIn()).check();
    page.locator("main")
        .getByLabel("Reasons, and what happens next (optional)", exactIn())
        .fill("Add an outcome about inviting a friend home");
    group(page, "Views this review answered")
        .getByLabel("The family’s view, " + new Dates().date(TODAY) + ": “" + homework + "”")
        .check();
    fillDate(page, "When is the next review?", TODAY.plusWeeks(12));
    button(page, "Record the review").click();

    assertThat(successBanner(page)).containsText("The review has been recorded");
    assertThat(heading(page)).hasText("Review held on " + new Dates().date(TODAY));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Plays with Maya most breaktimes");
    assertThat(page.locator(".app-review-record__answered"))
        .containsText("They said: “" + homework + "”");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, child.child().parentEmail());
    page.navigate("/children/" + child.id() + "/reviews");
    assertThat(heading(page)).hasText("Reviews of the plan");
    assertThat(button(page, "Record a review")).hasCount(0);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Change the plan");
    Axe.assertNoViolations(page);
    link(page, new Dates().date(TODAY)).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("I like playing with Maya");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Add an outcome about inviting a friend home");
    Axe.assertNoViolations(page);
    page.locator(".app-review-record__answered").getByRole(AriaRole.LINK).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText(homework);
  }
}

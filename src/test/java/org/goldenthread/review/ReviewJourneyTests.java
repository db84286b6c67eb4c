package org.goldenthread.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.support.ApiClient;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A review, as the people involved do it: the SENCO records the review of a child's plan through
 * the pages, putting right what the form says is missing; the child's mother reads it.
 */
class ReviewJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;

  @Test
  void theSencoRecordsAReviewAndTheMotherReadsIt() {
    ReviewFixtures.Planned child = new ReviewFixtures(context).child();

    page.navigate("/sign-in");
    signIn(PlanFixtures.SENCO);
    page.navigate("/children/" + child.id());
    link("Reviews of the plan").click();
    assertThat(heading()).hasText("Reviews of the plan");
    Axe.assertNoViolations(page);

    button("Record a review").click();
    assertThat(heading()).hasText("Record a review");
    Axe.assertNoViolations(page);

    button("Record the review").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Record a review"));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Enter the date the review was held");
    assertThat(summary).containsText("Choose how far outcome 2 has come");
    Axe.assertNoViolations(page);

    fillDate("When was the review held?", TODAY);
    group("How far has outcome 1 come?").getByLabel("In progress", exact()).check();
    page.locator("main")
        .getByLabel("Evidence of progress towards outcome 1", exact())
        .fill("Plays with Maya most breaktimes");
    group("How far has outcome 2 come?").getByLabel("Not started", exact()).check();
    page.locator("main")
        .getByLabel("Evidence of progress towards outcome 2", exact())
        .fill("We will start on this after half term");
    page.locator("main")
        .getByLabel("The parents’ view", exact())
        .fill("She is happier going to school");
    page.locator("main").getByLabel("The child’s view", exact()).fill("I like playing with Maya");
    group("What did the review decide?").getByLabel("Change the plan", exact()).check();
    page.locator("main")
        .getByLabel("Reasons, and what happens next (optional)", exact())
        .fill("Add an outcome about inviting a friend home");
    fillDate("When is the next review?", TODAY.plusWeeks(12));
    button("Record the review").click();

    assertThat(successBanner()).containsText("The review has been recorded");
    assertThat(heading()).hasText("Review held on " + new Dates().date(TODAY));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Plays with Maya most breaktimes");
    Axe.assertNoViolations(page);
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();

    page.navigate("/sign-in");
    signIn(child.child().parentEmail());
    page.navigate("/children/" + child.id() + "/reviews");
    assertThat(heading()).hasText("Reviews of the plan");
    assertThat(button("Record a review")).hasCount(0);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Change the plan");
    Axe.assertNoViolations(page);
    link(new Dates().date(TODAY)).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("I like playing with Maya");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Add an outcome about inviting a friend home");
    Axe.assertNoViolations(page);
  }

  private void signIn(String email) {
    page.locator("main").getByLabel("Email address", exact()).fill(email);
    page.locator("main").getByLabel("Password", exact()).fill(ApiClient.DEMO_PASSWORD);
    button("Sign in").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
  }

  private void fillDate(String legend, LocalDate date) {
    Locator dateGroup = group(legend);
    dateGroup.getByLabel("Day", exact()).fill(Integer.toString(date.getDayOfMonth()));
    dateGroup.getByLabel("Month", exact()).fill(Integer.toString(date.getMonthValue()));
    dateGroup.getByLabel("Year", exact()).fill(Integer.toString(date.getYear()));
  }

  private Locator group(String name) {
    return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
  }

  private Locator heading() {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator successBanner() {
    return page.getByRole(AriaRole.ALERT)
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Success"))));
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}

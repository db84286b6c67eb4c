package org.goldenthread.statutory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The statutory clock as people use it: the SENCO records a request for an EHC needs assessment;
 * the child's mother sees what is due, from whom and by when; the council's officer finds it in the
 * list of every deadline in the area; the SENCO records an annual review and its report, which the
 * mother reads; a family not signed in works out an appeal date.
 */
class AssessmentJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final Dates DATES = new Dates();

  @Autowired ApplicationContext context;

  @Test
  void theSencoRecordsARequestTheMotherSeesTheTimelineAndTheOfficerTheList() {
    String mother = "mother+" + UUID.randomUUID() + "@journey.example";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Isla", "Morgan").withParent(mother, "Fiona Morgan").add();
    LocalDate requested = TODAY.minusWeeks(2);

    page.navigate("/sign-in");
    signIn(Pupils.SENCO);
    page.navigate("/children/" + pupil.id());
    assertThat(section("What is due")).containsText("Next meeting with the family");
    assertThat(section("What is due")).not().containsText("Decision whether to assess");
    link("EHC needs assessments").click();
    assertThat(heading()).hasText("EHC needs assessments for Isla Morgan");
    Axe.assertNoViolations(page);

    button("Record the request").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: EHC needs assessments"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the day the local authority received the request");
    Axe.assertNoViolations(page);

    fillDate("When did the local authority receive the request?", requested);
    group("Who made the request?").getByLabel("A parent", exact()).check();
    button("Record the request").click();

    assertThat(heading()).hasText("EHC needs assessment");
    assertThat(page.locator("#where-it-stands"))
        .hasText("The local authority is deciding whether to carry out an assessment.");
    assertThat(page.locator("#due")).containsText("Decision whether to assess");
    assertThat(page.locator("#due")).containsText(DATES.date(requested.plusWeeks(6)));
    assertThat(page.locator("#due")).containsText(DATES.date(requested.plusWeeks(20)));
    Axe.assertNoViolations(page);
    signOut();

    page.navigate("/sign-in");
    signIn(mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section("What is due")).containsText("Decision whether to assess");
    assertThat(section("What is due")).containsText("The local authority");
    Axe.assertNoViolations(page);
    section("What is due").getByRole(AriaRole.LINK, linkNamed("Final EHC plan")).click();
    assertThat(page.locator("#happened"))
        .containsText("The local authority received a request for an assessment from a parent.");
    assertThat(page.locator("#record")).hasCount(0);
    Axe.assertNoViolations(page);
    signOut();

    page.navigate("/sign-in");
    signIn(AssessmentApiTests.OFFICER);
    page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, linkNamed("Deadlines")).click();
    assertThat(heading()).hasText("Deadlines");
    page.getByLabel("Search by child's name").fill("Isla Morgan");
    button("Search").click();
    assertThat(page.locator("main tbody")).containsText("Isla Morgan");
    assertThat(page.locator("main tbody")).containsText("Decision whether to assess");
    Axe.assertNoViolations(page);
    page.getByLabel("Search by child's name").fill("Ben Turner");
    button("Search").click();
    link("Late").click();
    assertThat(page.locator("main tbody")).containsText("Ben Turner");
    Axe.assertNoViolations(page);
  }

  @Test
  void theSencoRecordsAnAnnualReviewAndItsReportAndTheMotherReadsIt() {
    String mother = "mother+" + UUID.randomUUID() + "@reviews.example";
    Pupils.Pupil pupil =
        new Pupils(context)
            .pupil("Maya", "Lewis")
            .status(SenStatus.E, NeedCode.SLCN)
            .withParent(mother, "Ruth Lewis")
            .add();
    LocalDate held = TODAY.minusWeeks(3);

    page.navigate("/sign-in");
    signIn(Pupils.SENCO);
    page.navigate("/children/" + pupil.id());
    section("What is due").getByRole(AriaRole.LINK, linkNamed("Annual reviews")).click();
    assertThat(heading()).hasText("Annual reviews for Maya Lewis");
    Axe.assertNoViolations(page);

    button("Record the review").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the day of the review meeting");
    Axe.assertNoViolations(page);
    fillDate("Day of the review meeting", held);
    button("Record the review").click();

    assertThat(heading()).hasText("Review meeting on " + DATES.date(held));
    assertThat(page.locator("#due")).containsText("Report of the review");
    assertThat(page.locator("#due")).containsText(DATES.date(held.plusWeeks(2)));
    assertThat(page.locator("#due")).containsText("Decision after the review");
    Axe.assertNoViolations(page);
    group("What has happened").getByLabel("The report of the review was sent", exact()).check();
    fillDate("When did it happen?", TODAY);
    button("Record this step").click();
    assertThat(page.locator("#happened"))
        .containsText("The report of the review was sent to the local authority");
    page.setViewportSize(320, 640);
    org.assertj.core.api.Assertions.assertThat(
            page.evaluate("() => document.documentElement.scrollWidth <= 320"))
        .as("no sideways scrolling at 320 px")
        .isEqualTo(true);
    Axe.assertNoViolations(page);
    page.setViewportSize(1280, 800);
    signOut();

    page.navigate("/sign-in");
    signIn(mother);
    page.navigate("/children/" + pupil.id() + "/annual-reviews");
    page.locator("main ul.govuk-list").getByRole(AriaRole.LINK).first().click();
    assertThat(page.locator("#happened")).containsText("The report of the review was sent");
    assertThat(page.locator("#record")).hasCount(0);
    Axe.assertNoViolations(page);
  }

  @Test
  void aFamilyNotSignedInWorksOutTheLastDayToAppeal() {
    page.navigate("/deadlines/calculator");
    Axe.assertNoViolations(page);

    page.locator("main").getByLabel("The last day to appeal to the SEND Tribunal", exact()).check();
    fillDate("When did it happen, or when will it happen?", LocalDate.of(2026, 10, 26));
    button("Work out the date").click();

    assertThat(page.locator("#answer")).containsText("Monday 4 January 2027");
    assertThat(page.locator("main")).containsText("between 25 December and 1 January");
    Axe.assertNoViolations(page);
  }

  private void signIn(String email) {
    page.locator("main").getByLabel("Email address", exact()).fill(email);
    page.locator("main").getByLabel("Password", exact()).fill(ApiClient.DEMO_PASSWORD);
    button("Sign in").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
  }

  private void signOut() {
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  private void fillDate(String legend, LocalDate date) {
    Locator dateGroup = group(legend);
    dateGroup.getByLabel("Day", exact()).fill(Integer.toString(date.getDayOfMonth()));
    dateGroup.getByLabel("Month", exact()).fill(Integer.toString(date.getMonthValue()));
    dateGroup.getByLabel("Year", exact()).fill(Integer.toString(date.getYear()));
  }

  private Locator section(String heading) {
    return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading));
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

  private static Locator.GetByRoleOptions linkNamed(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}

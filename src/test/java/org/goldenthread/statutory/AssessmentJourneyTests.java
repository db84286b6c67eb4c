package org.goldenthread.statutory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
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
    signInAs(page, Pupils.SENCO);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "What is due")).containsText("Next meeting with the family");
    assertThat(section(page, "What is due")).not().containsText("Decision whether to assess");
    link(page, "EHC needs assessments").click();
    assertThat(heading(page)).hasText("EHC needs assessments for Isla Morgan");
    Axe.assertNoViolations(page);

    button(page, "Record the request").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: EHC needs assessments"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the day the local authority received the request");
    Axe.assertNoViolations(page);

    fillDate(page, "When did the local authority receive the request?", requested);
    group(page, "Who made the request?").getByLabel("A parent", exactIn()).check();
    button(page, "Record the request").click();

    assertThat(heading(page)).hasText("EHC needs assessment");
    assertThat(page.locator("#where-it-stands"))
        .hasText("The local authority is deciding whether to carry out an assessment.");
    assertThat(page.locator("#due")).containsText("Decision whether to assess");
    assertThat(page.locator("#due")).containsText(DATES.date(requested.plusWeeks(6)));
    assertThat(page.locator("#due")).containsText(DATES.date(requested.plusWeeks(20)));
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "What is due")).containsText("Decision whether to assess");
    assertThat(section(page, "What is due")).containsText("The local authority");
    Axe.assertNoViolations(page);
    linkIn(section(page, "What is due"), "Final EHC plan").click();
    assertThat(page.locator("#happened"))
        .containsText("The local authority received a request for an assessment from a parent.");
    assertThat(page.locator("#record")).hasCount(0);
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, AssessmentApiTests.OFFICER);
    navigationLink(page, "Deadlines").click();
    assertThat(heading(page)).hasText("Deadlines");
    page.getByLabel("Search by child's name").fill("Isla Morgan");
    button(page, "Search").click();
    assertThat(page.locator("main tbody")).containsText("Isla Morgan");
    assertThat(page.locator("main tbody")).containsText("Decision whether to assess");
    Axe.assertNoViolations(page);
    page.getByLabel("Search by child's name").fill("Ben Turner");
    button(page, "Search").click();
    link(page, "Late").click();
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
    signInAs(page, Pupils.SENCO);
    page.navigate("/children/" + pupil.id());
    linkIn(section(page, "What is due"), "Annual reviews").click();
    assertThat(heading(page)).hasText("Annual reviews for Maya Lewis");
    Axe.assertNoViolations(page);

    button(page, "Record the review").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the day of the review meeting");
    Axe.assertNoViolations(page);
    fillDate(page, "Day of the review meeting", held);
    button(page, "Record the review").click();

    assertThat(heading(page)).hasText("Review meeting on " + DATES.date(held));
    assertThat(page.locator("#due")).containsText("Report of the review");
    assertThat(page.locator("#due")).containsText(DATES.date(held.plusWeeks(2)));
    assertThat(page.locator("#due")).containsText("Decision after the review");
    Axe.assertNoViolations(page);
    group(page, "What has happened")
        .getByLabel("The report of the review was sent", exactIn())
        .check();
    fillDate(page, "When did it happen?", TODAY);
    button(page, "Record this step").click();
    assertThat(page.locator("#happened"))
        .containsText("The report of the review was sent to the local authority");
    checkAtPhoneWidth(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
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

    page.locator("main")
        .getByLabel("The last day to appeal to the SEND Tribunal", exactIn())
        .check();
    fillDate(page, "When did it happen, or when will it happen?", LocalDate.of(2026, 10, 26));
    button(page, "Work out the date").click();

    assertThat(page.locator("#answer")).containsText("Monday 4 January 2027");
    assertThat(page.locator("main")).containsText("between 25 December and 1 January");
    Axe.assertNoViolations(page);
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.exactSection;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SEN support review from booking to what happens next, one person's task after another: the
 * SENCO books the review for a new child; the mother finds it on her home and adds her key points
 * and a question; before the day the SENCO is told she can close it once it has started; on the day
 * she writes the minutes, agrees two actions and closes the meeting with a date for the next one;
 * the mother reads what happens next. Every page passed is checked with axe.
 */
class MeetingJourneyTests extends BrowserTest {

  private static final String SENCO = "senco@riverside.example";
  private static final String SENCO_NAME = "Helen Carter";

  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  private final Dates dates = new Dates();

  @Test
  void theSencoBooksAReviewTheParentPreparesAndEveryoneLeavesKnowingWhatHappensNext() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String child = "Noah Adeyemi" + suffix;
    String parent = "Funmi Adeyemi" + suffix;
    String parentEmail = "funmi." + suffix + "@example.org";
    UUID childId = newChildWithAParent("Noah", "Adeyemi" + suffix, parent, parentEmail);
    LocalDate day = LocalDate.now().plusDays(3);

    // 1. The SENCO books the review from the child's page.
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);
    signInAs(SENCO, SENCO_NAME);
    page.navigate("/children/" + childId);
    assertThat(heading(page)).hasText(child);
    Locator meetings = exactSection(page, "Meetings and actions");
    assertThat(meetings).containsText("No meeting is booked.");
    assertThat(meetings).containsText("0 of 3 meetings held this school year");
    Axe.assertNoViolations(page);
    meetings
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Book a meeting"))
        .click();
    bookTheReview(day, parent);
    signOutHere();

    // 2. The mother finds it on her home and prepares.
    signInAs(parentEmail, parent);
    Locator next = exactSection(page, "Your next meetings");
    assertThat(next).containsText(dates.date(day) + " at 10:30am");
    link(page, "SEN support review for " + child).click();
    assertThat(heading(page)).hasText("SEN support review");
    assertThat(exactSection(page, "Who is invited")).containsText(parent + ", parent or carer");
    Axe.assertNoViolations(page);
    prepare(
        "My key points",
        "What works well at home is a picture timetable and a quiet corner after school.");
    prepare("A question I want answered", "Could we try the same picture timetable in class?");
    Locator preparation = exactSection(page, "Preparation");
    assertThat(preparation).containsText("Key points from " + parent);
    assertThat(preparation).containsText("A question from " + parent);
    signOutHere();

    // 3. Before the day, the SENCO cannot write the minutes or close it: the page says when.
    signInAs(SENCO, SENCO_NAME);
    link(page, "SEN support review for " + child).click();
    assertThat(exactSection(page, "Preparation")).containsText("picture timetable in class?");
    assertThat(page.locator("#not-started"))
        .containsText("once it has started, from " + dates.date(day) + " at 10:30am");
    assertThat(page.getByText("Write the minutes and actions")).hasCount(0);
    Axe.assertNoViolations(page);

    // The day comes and the meeting is under way (its start moved to half an hour ago, as the
    // clock would have it); the SENCO writes the minutes, agrees two actions and closes it.
    jdbc.update(
        "update meeting set starts_at = ? where child_id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(30))),
        childId);
    page.reload();
    writeTheMinutesAndActions(day, parent);
    LocalDate followUp = day.plusWeeks(10);
    closeWithAFollowUp(followUp);
    Locator whatNext = exactSection(page, "What happens next");
    assertThat(row(page, "Use the picture timetable in class")).containsText(SENCO_NAME);
    assertThat(whatNext).containsText("The next meeting is planned for " + dates.date(followUp));
    Axe.assertNoViolations(page);
    signOutHere();

    // 4. The mother reads what happens next, and sees her action on her home.
    signInAs(parentEmail, parent);
    Locator yours = exactSection(page, "Your actions");
    assertThat(row(page, "Send a photo of the home timetable")).containsText(child);
    assertThat(yours).containsText(dates.date(day.plusWeeks(1)));
    linkIn(exactSection(page, "Your children"), child).click();
    assertThat(heading(page)).hasText(child);
    assertThat(exactSection(page, "Meetings and actions"))
        .containsText("Send a photo of the home timetable");
    Axe.assertNoViolations(page);
    link(page, "See all meetings").click();
    assertThat(heading(page)).hasText("Meetings");
    Axe.assertNoViolations(page);
    row(page, "SEN support review")
        .filter(new Locator.FilterOptions().setHasText("Closed"))
        .getByRole(AriaRole.LINK)
        .click();
    assertThat(heading(page)).hasText("SEN support review");
    Locator summary = exactSection(page, "What happens next");
    assertThat(summary).containsText("Send a photo of the home timetable");
    assertThat(summary).containsText("Use the picture timetable in class");
    assertThat(summary).containsText("The next meeting is planned for " + dates.date(followUp));
    assertThat(exactSection(page, "Minutes"))
        .containsText("Funmi would like the same timetable at school.");
    Axe.assertNoViolations(page);
  }

  /** On the booking form: one mistake first, then the review on the day at 10:30am. */
  private void bookTheReview(LocalDate day, String parent) {
    assertThat(heading(page)).hasText("Book a meeting");
    assertThat(page.getByLabel("SEN support review", exact())).isChecked();
    assertThat(page.locator("#always-invited")).containsText(parent + ", parent or carer");
    Axe.assertNoViolations(page);
    page.getByLabel("Day", exact()).fill(Integer.toString(day.getDayOfMonth()));
    page.getByLabel("Month", exact()).fill(Integer.toString(day.getMonthValue()));
    page.getByLabel("Year", exact()).fill(Integer.toString(day.getYear()));
    page.getByLabel("Start time", exact()).fill("10:30am");
    button(page, "Book the meeting").click();

    assertThat(errorSummary(page))
        .containsText("Enter where the meeting is, or the link to join it online");
    assertThat(page.getByLabel("Start time", exact())).hasValue("10:30am");
    Axe.assertNoViolations(page);
    page.getByLabel("Where", exact()).fill("Room 4, Riverside Academy");
    button(page, "Book the meeting").click();

    assertThat(successBanner(page)).containsText("The meeting is booked");
    assertThat(heading(page)).hasText("SEN support review");
    assertThat(page.locator("#details")).containsText(dates.date(day) + " at 10:30am");
    assertThat(exactSection(page, "Agenda")).containsText("What is going well for Noah");
    assertThat(link(page, "Add to your calendar")).isVisible();
    Axe.assertNoViolations(page);
  }

  /** From the meeting's page: adds one piece of preparation and comes back to the page. */
  private void prepare(String kind, String text) {
    button(page, "Add your preparation").click();
    assertThat(heading(page)).hasText("Add your preparation");
    assertThat(page.locator("#prompts")).containsText("What works well at home is…");
    assertThat(page.locator("#prompts")).containsText("How can we work together to…?");
    Axe.assertNoViolations(page);
    page.getByLabel(kind, exact()).check();
    page.getByLabel("What you want to bring to the meeting", exact()).fill(text);
    button(page, "Add to the meeting").click();
    assertThat(successBanner(page)).containsText("Your preparation has been added");
    assertThat(exactSection(page, "Preparation")).containsText(text);
    Axe.assertNoViolations(page);
  }

  /** From the meeting's page: the minutes, then two actions, one for each of them. */
  private void writeTheMinutesAndActions(LocalDate day, String parent) {
    button(page, "Write the minutes and actions").click();
    assertThat(heading(page)).hasText("Minutes and actions");
    Axe.assertNoViolations(page);
    page.getByLabel("Notes", exact())
        .fill("We looked at what helps Noah settle, at home and at school.");
    page.getByLabel("The parents’ view", exact())
        .fill("Funmi would like the same timetable at school.");
    page.getByLabel("The child’s view", exact())
        .fill("Noah said he likes knowing what comes next.");
    page.getByLabel("Decisions", exact()).fill("Try the picture timetable in class for six weeks.");
    button(page, "Save and add an action").click();

    addAnAction(
        "Send a photo of the home timetable", parent + " (Parent or carer)", day.plusWeeks(1));
    assertThat(successBanner(page)).containsText("The action for " + parent + " has been added");
    Axe.assertNoViolations(page);
    button(page, "Add another action").click();
    addAnAction("Use the picture timetable in class", SENCO_NAME, day.plusWeeks(2));
    assertThat(row(page, "Send a photo of the home timetable")).containsText(parent);
    assertThat(row(page, "Use the picture timetable in class")).containsText(SENCO_NAME);
    Axe.assertNoViolations(page);
  }

  private void addAnAction(String what, String owner, LocalDate due) {
    assertThat(heading(page)).hasText("Add an action");
    Axe.assertNoViolations(page);
    page.getByLabel("What will be done", exact()).fill(what);
    page.getByLabel("Who will do it", exact()).selectOption(new SelectOption().setLabel(owner));
    page.getByLabel("Day", exact()).fill(Integer.toString(due.getDayOfMonth()));
    page.getByLabel("Month", exact()).fill(Integer.toString(due.getMonthValue()));
    page.getByLabel("Year", exact()).fill(Integer.toString(due.getYear()));
    button(page, "Add the action").click();
    assertThat(heading(page)).hasText("Minutes and actions");
  }

  /** From the minutes: closing, first without an answer, then with the next meeting's date. */
  private void closeWithAFollowUp(LocalDate followUp) {
    button(page, "Close the meeting").click();
    assertThat(heading(page)).hasText("Close the meeting");
    Axe.assertNoViolations(page);
    button(page, "Close the meeting").click();
    Locator problem = errorSummary(page);
    assertThat(problem)
        .containsText("Enter the date of the next meeting, or give a reason why there will not be");
    Axe.assertNoViolations(page);
    problem.getByRole(AriaRole.LINK).click();
    assertThat(page.getByLabel("Yes, we will meet again", exact())).isFocused();
    page.getByLabel("Yes, we will meet again", exact()).check();
    assertThat(page.getByLabel("Day", exact())).isVisible();
    Axe.assertNoViolations(page);
    page.getByLabel("Day", exact()).fill(Integer.toString(followUp.getDayOfMonth()));
    page.getByLabel("Month", exact()).fill(Integer.toString(followUp.getMonthValue()));
    page.getByLabel("Year", exact()).fill(Integer.toString(followUp.getYear()));
    button(page, "Close the meeting").click();
    assertThat(successBanner(page)).containsText("The meeting is closed");
    assertThat(heading(page)).hasText("SEN support review");
  }

  /**
   * A new pupil at Riverside on SEN support, whose mother has an account (made here, as an accepted
   * invitation would make it) and holds parental responsibility.
   */
  private UUID newChildWithAParent(
      String givenName, String familyName, String parent, String parentEmail) {
    return new Pupils(context)
        .pupil(givenName, familyName)
        .bornOn(LocalDate.of(2015, 6, 2))
        .inYear("6")
        .status(SenStatus.K, NeedCode.SEMH)
        .withParent(parentEmail, parent)
        .add()
        .id();
  }

  /** On the sign-in page: signs in and lands on the person's home. */
  private void signInAs(String email, String name) {
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    signIn(page, email, DEMO_PASSWORD);
    assertThat(heading(page)).hasText("Welcome, " + name);
    Axe.assertNoViolations(page);
  }

  private void signOutHere() {
    signOut(page);
    assertThat(successBanner(page)).containsText("You have signed out.");
    Axe.assertNoViolations(page);
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.childOnHome;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.exactSection;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.ItemInput;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.plan.PlanItem;
import org.goldenthread.plan.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A new child's plan, built from nothing by the family and the SENCO together through the pages:
 * the mother writes her child's hope; the SENCO follows each "to join up" link in turn, adding the
 * need, the outcome and the support, until everything joins up; the mother agrees the plan, and it
 * is written together. Every page passed is checked for accessibility.
 */
class PlanJourneyTests extends BrowserTest {

  private static final String SENCO_NAME = "Helen Carter";

  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;

  @Test
  void theSencoAndTheParentBuildThePlanTogetherAndTheParentAgreesIt() {
    PlanFixtures.Fresh fresh = new PlanFixtures(context).child();
    String child = childName(fresh);

    // 1. The mother finds the plan empty, and writes her child's hope.
    page.navigate("/sign-in");
    signInAs(fresh.parentEmail(), fresh.parentName());
    openThePlanFromHome(child);
    assertThat(breaks()).containsText("The plan has not been started");
    writeTheHope();
    signOutHere();

    // 2. The SENCO joins the hope up to a need, an outcome and support, one link at a time.
    signInAs(PlanFixtures.SENCO, SENCO_NAME);
    openThePlanFromTheChildren(child);
    assertThat(breaks()).containsText("1 thing to join up");
    addTheNeed();
    addTheOutcome();
    addTheSupport();
    seeItAsTablesAndOneItem();
    signOutHere();

    // 3. The mother reads the plan, which now joins up, and agrees it.
    signInAs(fresh.parentEmail(), fresh.parentName());
    openThePlanFromHome(child);
    agreeThePlan(fresh.parentName());
    downloadThePdf(link(page, "Download the plan (PDF)"), "plan-robin-");
    signOutHere();

    // 4. The SENCO reviews the plan with the family, and the review downloads too.
    signInAs(PlanFixtures.SENCO, SENCO_NAME);
    openThePlanFromTheChildren(child);
    recordTheReview();
    downloadThePdf(link(page, "Download this review as a PDF"), "review-robin-");
  }

  @Test
  void theSencoMeetsSomeoneElsesChangeReadsThePlanAsItWasAndRemovesAnItem() {
    PlanFixtures.Fresh fresh = new PlanFixtures(context).child();
    AccessibleChild asSenco =
        access.open(accounts.findByEmail(PlanFixtures.SENCO).orElseThrow(), fresh.id());
    PlanItem need =
        plans.add(
            asSenco,
            new ItemInput.Need(
                "Finds noisy rooms hard", AreaOfNeed.SENSORY_AND_PHYSICAL, null, null));

    page.navigate("/sign-in");
    signInAs(PlanFixtures.SENCO, SENCO_NAME);
    openThePlanFromTheChildren(childName(fresh));
    link(page, "Change Need: Finds noisy rooms hard").click();
    assertThat(heading(page)).hasText("Change a need");
    Axe.assertNoViolations(page);

    // Someone else saves the need first.
    plans.update(
        asSenco,
        need.id(),
        need.version(),
        new ItemInput.Need(
            "Finds noisy rooms and crowded corridors hard",
            AreaOfNeed.SENSORY_AND_PHYSICAL,
            null,
            null));
    page.getByLabel("What is the need?", exact()).fill("Covers her ears in the dining hall");
    button(page, "Save changes").click();
    assertThat(errorSummary(page)).containsText("Someone else changed this while you were writing");
    assertThat(exactSection(page, "What is saved now")).isVisible();
    assertThat(page.locator("#conflict"))
        .containsText("Finds noisy rooms and crowded corridors hard");
    assertThat(page.getByLabel("What is the need?", exact()))
        .hasValue("Covers her ears in the dining hall");
    Axe.assertNoViolations(page);
    button(page, "Save changes").click();
    assertThat(successBanner(page)).containsText("Covers her ears in the dining hall");
    Axe.assertNoViolations(page);

    link(page, "Comments and changes Need: Covers her ears in the dining hall").click();
    page.getByLabel("Add a comment", exact()).fill("The hall is quieter after 12:30");
    button(page, "Add comment").click();
    assertThat(successBanner(page)).containsText("Your comment has been added");
    assertThat(page.locator("#changes")).containsText("Finds noisy rooms hard");
    Axe.assertNoViolations(page);

    link(page, "Back to the plan").click();
    link(page, "See the plan as it was on a date").click();
    assertThat(heading(page)).hasText("The plan as it was on a date");
    Axe.assertNoViolations(page);
    LocalDate today = LocalDate.now();
    page.getByLabel("Day", exact()).fill(Integer.toString(today.getDayOfMonth()));
    page.getByLabel("Month", exact()).fill(Integer.toString(today.getMonthValue()));
    page.getByLabel("Year", exact()).fill(Integer.toString(today.getYear()));
    button(page, "Show the plan on this day").click();
    assertThat(page.locator("#as-it-was")).containsText("It cannot be changed.");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Covers her ears in the dining hall");
    Axe.assertNoViolations(page);

    link(page, "See the plan as it is now").click();
    link(page, "Change Need: Covers her ears in the dining hall").click();
    link(page, "Remove this need").click();
    assertThat(heading(page)).hasText("Remove this need from the plan?");
    Axe.assertNoViolations(page);
    button(page, "Remove it").click();
    assertThat(successBanner(page)).containsText("has been removed from the plan");
    assertThat(page.locator("#breaks")).containsText("The plan has not been started");
    Axe.assertNoViolations(page);
  }

  /** From the parent's home: the child's page, its plan panel, then the plan. */
  private void openThePlanFromHome(String child) {
    childOnHome(page, child).click();
    assertThat(heading(page)).hasText(child);
    assertThat(exactSection(page, "Plan")).isVisible();
    Axe.assertNoViolations(page);
    exactSection(page, "Plan")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See the plan"))
        .click();
    assertThat(heading(page)).hasText("Plan");
    Axe.assertNoViolations(page);
  }

  /** From the SENCO's home: finds the child among the children, then its plan. */
  private void openThePlanFromTheChildren(String child) {
    navigationLink(page, "Children").click();
    page.getByLabel("Search by name, UPN or school", exact()).fill(child);
    button(page, "Apply filters").click();
    link(page, child).click();
    assertThat(heading(page)).hasText(child);
    link(page, "See the plan").click();
    assertThat(heading(page)).hasText("Plan");
    Axe.assertNoViolations(page);
  }

  /** The mother adds an aspiration in her child's words, after first sending it empty. */
  private void writeTheHope() {
    link(page, "Add an aspiration (a hope)").click();
    assertThat(heading(page)).hasText("Add an aspiration");
    Axe.assertNoViolations(page);
    button(page, "Add the aspiration").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(errorSummary(page))
        .containsText("Enter the aspiration, in the words of the person it comes from");
    Axe.assertNoViolations(page);

    page.getByLabel("What is the hope?", exact()).fill("To have a small group of friends");
    page.getByLabel("The child’s own words", exact()).check();
    button(page, "Add the aspiration").click();
    assertThat(successBanner(page))
        .containsText("The aspiration “To have a small group of friends” has been added");
    assertThat(breaks()).containsText("1 thing to join up");
    assertThat(breaks()).containsText("Staff on the team, such as the SENCO, can put this right.");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Helping to write it (engaged)");
    Axe.assertNoViolations(page);
  }

  /** The SENCO follows the hope's link: a need that stands in its way, already linked to it. */
  private void addTheNeed() {
    breaks()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName(
                    Pattern.compile(
                        "^Add a need that stands in the way of this hope\\W+To have a small group")))
        .click();
    assertThat(heading(page)).hasText("Add a need");
    assertThat(page.getByLabel("To have a small group of friends", exact())).isChecked();
    Axe.assertNoViolations(page);
    page.getByLabel("What is the need?", exact())
        .fill("Needs time to find her words, which makes joining in with others hard");
    page.getByLabel("Communication and interaction", exact()).check();
    button(page, "Add the need").click();
    assertThat(successBanner(page)).containsText("has been added to the plan");
    assertThat(breaks()).containsText("No outcome says what should change for this need yet.");
    Axe.assertNoViolations(page);
  }

  /** The SENCO follows the need's link: an outcome for it, with a date, worded with the family. */
  private void addTheOutcome() {
    breaks()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Add an outcome for this need")))
        .click();
    assertThat(heading(page)).hasText("Add an outcome");
    Axe.assertNoViolations(page);
    page.getByLabel("What should change?", exact())
        .fill("Starts a conversation with a classmate at break time");
    page.getByLabel("How will everyone know it has happened? (optional)", exact())
        .fill("On three days out of five, seen by the lunchtime staff");
    fillDate(page, "By when should it happen?", LocalDate.of(2027, 7, 20));
    page.getByLabel("The family wrote it or helped to word it", exact()).check();
    button(page, "Add the outcome").click();
    assertThat(successBanner(page)).containsText("has been added to the plan");
    assertThat(breaks()).containsText("No support is in place yet to reach this outcome.");
    Axe.assertNoViolations(page);
  }

  /** The SENCO follows the outcome's link: support for it, after which everything joins up. */
  private void addTheSupport() {
    breaks()
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Add support for this outcome")))
        .click();
    assertThat(heading(page)).hasText("Add support");
    Axe.assertNoViolations(page);
    page.getByLabel("What support will be given?", exact())
        .fill("A social skills group at lunchtime");
    page.getByLabel("A teaching assistant", exact()).check();
    page.getByLabel("Name of the person or service (optional)", exact()).fill("Mrs Khan");
    page.getByLabel("How many sessions a week?", exact()).fill("2");
    page.getByLabel("How long is each session?", exact()).fill("30");
    page.getByLabel("How many children are in the group?", exact()).fill("6");
    button(page, "Add the support").click();
    assertThat(successBanner(page)).containsText("has been added to the plan");
    assertThat(breaks()).containsText("Everything in the plan is joined up");
    Locator thread = exactSection(page, "From hopes to support");
    assertThat(thread).containsText("2 sessions a week, 30 minutes each, in a group of 6");
    assertThat(thread.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(6)))
        .hasText("Support: A social skills group at lunchtime");
    Axe.assertNoViolations(page);
  }

  /** The SENCO looks at the plan as tables, then at the support's own page, and back. */
  private void seeItAsTablesAndOneItem() {
    link(page, "See the plan as tables").click();
    Locator support =
        page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Support (provision)"));
    assertThat(support).containsText("A social skills group at lunchtime");
    Axe.assertNoViolations(page);
    support
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("A social skills group at lunchtime")
                .setExact(true))
        .click();
    assertThat(heading(page)).hasText("A social skills group at lunchtime");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Added by " + SENCO_NAME + " (SENCO)");
    Axe.assertNoViolations(page);
    link(page, "Back to the plan").click();
    assertThat(heading(page)).hasText("Plan");
  }

  /** The mother agrees the plan: it is agreed as it is now, and written together. */
  private void agreeThePlan(String parent) {
    assertThat(breaks()).containsText("Everything in the plan is joined up");
    button(page, "Agree this plan").click();
    assertThat(successBanner(page)).containsText("You have agreed the plan as it is now");
    Locator main = page.getByRole(AriaRole.MAIN);
    assertThat(main).containsText("The plan as it is now was agreed by:");
    assertThat(main).containsText(parent + " (parent) on");
    assertThat(main).containsText("Written together (co-produced)");
    Axe.assertNoViolations(page);
  }

  /** The SENCO records progress on the outcome, the views and the decision from the plan page. */
  private void recordTheReview() {
    link(page, "Reviews of the plan").click();
    assertThat(heading(page)).hasText("Reviews of the plan");
    Axe.assertNoViolations(page);
    button(page, "Record a review").click();
    assertThat(heading(page)).hasText("Record a review");
    Axe.assertNoViolations(page);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    fillDate(page, "When was the review held?", today);
    group(page, "How far has outcome 1 come?").getByLabel("In progress", exactIn()).check();
    page.locator("main")
        .getByLabel("Evidence of progress towards outcome 1", exactIn())
        .fill("Joined a game of tag on three days last week");
    page.locator("main")
        .getByLabel("The parents’ view", exactIn())
        .fill("Robin talks about break time now");
    page.locator("main").getByLabel("The child’s view", exactIn()).fill("Tag is fun");
    group(page, "What did the review decide?")
        .getByLabel("Keep going with the plan as it is", exactIn())
        .check();
    fillDate(page, "When is the next review?", today.plusWeeks(12));
    button(page, "Record the review").click();
    assertThat(successBanner(page)).containsText("The review has been recorded");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Joined a game of tag on three days last week");
    Axe.assertNoViolations(page);
  }

  /** The link answers a PDF download with the expected name. */
  private void downloadThePdf(Locator link, String namePrefix) {
    Download download = page.waitForDownload(link::click);
    Assertions.assertThat(download.suggestedFilename()).startsWith(namePrefix).endsWith(".pdf");
    try (InputStream in = download.createReadStream()) {
      Assertions.assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary of what does not join up yet. */
  private Locator breaks() {
    return page.locator("#breaks");
  }

  private void signInAs(String email, String name) {
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    signIn(page, email, DEMO_PASSWORD);
    assertThat(heading(page)).hasText("Welcome, " + name);
    Axe.assertNoViolations(page);
  }

  private void signOutHere() {
    signOut(page);
    assertThat(successBanner(page)).containsText("You have signed out.");
  }

  /** The fixture's child is "Robin" and the parent's family name ("Jo Thread42": Thread42). */
  private static String childName(PlanFixtures.Fresh fresh) {
    return "Robin " + fresh.parentName().substring("Jo ".length());
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.successBanner;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.goldenthread.transfer.Transfers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The family's tasks with the keyboard alone (issue 22): signing in, preparing for a meeting,
 * adding a view, reading the plan and answering the school's question about a move. The sign-in
 * page is the only page opened by address; every other page is reached with Tab, Shift+Tab, Enter,
 * Space and the arrow keys, each stop checked by {@link Keyboard} (visible focus, on screen, in
 * order). On each page the first Tab reaches the skip link, and axe finds nothing wrong. What the
 * family writes carries a marker of its own, and is added beside the demo data, never in its place.
 */
class KeyboardJourneyTests extends BrowserTest {

  private static final String PARENT = "parent@example.org";
  private static final String SARAH = "sarah@example.org";

  @Autowired ApplicationContext context;

  private Keyboard keyboard;
  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void keyboard() {
    keyboard = new Keyboard(page);
  }

  @Test
  void theParentSignsInWithTheKeyboardAlone() {
    signIn(PARENT);
    assertThat(heading(page)).hasText("Welcome, Claire Bennett");

    // Past the skip link: through the header (the languages, the menu, signing out) to the main
    // content, and back up again.
    keyboard.tabTo(page.locator("main").locator("*"), 30);
    keyboard.shiftTabTo(keyboard.button("Sign out"), 1);
    keyboard.shiftTabTo(keyboard.link("Skip to main content"), 30);
  }

  @Test
  void theParentAddsHerPreparationToSarahsNextMeeting() {
    signIn(PARENT);
    keyboard.skipToMain();
    keyboard.tabTo(
        page.locator("#your-meetings").getByRole(AriaRole.LINK).filter(hasText("Sarah Bennett")),
        40);
    keyboard.pressToLeave("Enter");
    arrive("SEN support review");

    keyboard.tabTo(keyboard.button("Add your preparation"), 40);
    keyboard.pressToLeave("Space");
    arrive("Add your preparation");

    keyboard.tabTo(keyboard.radio("My key points"), 10);
    keyboard.press("Space");
    keyboard.arrowToRadio("ArrowDown", "A question I want answered", 1);
    keyboard.tabTo(keyboard.field("What you want to bring to the meeting"), 1);
    String question = "Could Sarah have a quiet room at lunchtime? (" + marker + ")";
    keyboard.type(question);
    keyboard.shiftTabTo(keyboard.radio("A question I want answered"), 1);
    keyboard.tabTo(keyboard.button("Add to the meeting"), 5);
    keyboard.pressToLeave("Enter");

    assertBannerHasFocus("Your preparation has been added");
    Locator preparation = Journey.exactSection(page, "Preparation");
    assertThat(preparation).containsText("A question from Claire Bennett");
    assertThat(preparation).containsText(question);
    noAxeViolations();
    keyboard.tabTo(preparation.getByRole(AriaRole.LINK).first(), 60);
  }

  @Test
  void sarahSaysHowSheFeelsOnHerOwnPage() {
    signIn(SARAH);
    assertThat(heading(page)).hasText("My page");
    keyboard.skipToMain();
    keyboard.tabTo(keyboard.radio("Happy"), 10);
    keyboard.arrowToRadio("ArrowDown", "Worried", 2);
    keyboard.tabTo(keyboard.field("Tell us more"), 1);
    String said = "Assembly is too loud, I sit at the back (" + marker + ")";
    keyboard.type(said);
    keyboard.tabTo(keyboard.button("Send"), 1);
    keyboard.pressToLeave("Enter");
    assertBannerHasFocus("Thank you. We got what you said.");
    noAxeViolations();

    keyboard.tabTo(keyboard.link("See all the things I said"), 20);
    keyboard.pressToLeave("Enter");
    arrive("Views of Sarah Bennett and their family");
    assertThat(page.locator("#open-views")).containsText(said);
  }

  @Test
  void theParentAddsHerViewFromSarahsPage() {
    signIn(PARENT);
    openSarahsPage();
    keyboard.tabTo(contents("Views of the child and family"), 20);
    keyboard.press("Enter");
    keyboard.tabTo(keyboard.link("See all views, or add one"), 1);
    keyboard.pressToLeave("Enter");
    arrive("Views of Sarah Bennett and their family");
    keyboard.tabTo(keyboard.link("Add a view"), 5);
    keyboard.pressToLeave("Enter");
    arrive("Add a view");

    keyboard.tabTo(page.locator("input[name=whose]").first(), 5);
    keyboard.press("Space");
    keyboard.arrowToRadio("ArrowDown", "The family’s view", 1);
    keyboard.tabTo(keyboard.field("What was said"), 1);
    String view = "We would like Sarah to have a quiet place at lunchtime (" + marker + ")";
    keyboard.type(view);
    keyboard.tabTo(keyboard.button("Save the view"), 40);
    keyboard.pressToLeave("Enter");

    assertBannerHasFocus("The view has been saved.");
    assertThat(page.locator("main")).containsText(view);
    noAxeViolations();
  }

  @Test
  void theParentReadsSarahsPlanAsAThreadAndAsTables() {
    signIn(PARENT);
    openSarahsPage();
    keyboard.tabTo(contents("Plan"), 10);
    keyboard.press("Enter");
    keyboard.tabTo(keyboard.link("See the plan"), 1);
    keyboard.pressToLeave("Enter");
    arrive("Plan");

    keyboard.tabTo(keyboard.link("See the plan as tables"), 5);
    keyboard.pressToLeave("Enter");
    arrive("Plan");
    assertThat(page.locator("main table").first()).isVisible();
    assertThat(page.locator("main")).containsText("Sarah takes the bus into town");
    keyboard.tabTo(footer("Work out a deadline"), 400);
    keyboard.shiftTabTo(keyboard.link("See the plan as a thread"), 400);
    keyboard.pressToLeave("Enter");
    arrive("Plan");

    assertThat(page.locator("main table")).hasCount(0);
    assertThat(page.locator("main")).containsText("Sarah takes the bus into town");
    Locator words = page.locator("#what-the-words-mean");
    keyboard.tabTo(words.locator("summary"), 400);
    keyboard.press("Enter");
    assertThat(words).hasAttribute("open", "");
    keyboard.press("Tab");
    keyboard.assertFocusIsVisible();
    noAxeViolations();
    keyboard.tabTo(footer("Work out a deadline"), 100);
  }

  @Test
  void aMotherAnswersTheSchoolsQuestionAboutAMove() {
    String family = "Keys" + marker;
    String mother = "mother." + marker + "@keyboard.example";
    FreshSchool oldSchool = FreshSchool.open(context);
    FreshSchool newSchool = FreshSchool.open(context);
    Pupils.Pupil kemi =
        new Pupils(context, oldSchool)
            .pupil("Kemi", family)
            .withParent(mother, "Ada " + family)
            .add();
    context
        .getBean(Transfers.class)
        .propose(
            context.getBean(ChildAccess.class).open(oldSchool.senco(), kemi.id()),
            new Transfers.Proposal(
                newSchool.id(), LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2)));

    signIn(mother);
    keyboard.skipToMain();
    keyboard.tabTo(
        page.locator("#children").getByRole(AriaRole.LINK, exactName("Kemi " + family)), 40);
    keyboard.pressToLeave("Enter");
    arrive("Kemi " + family);
    keyboard.tabTo(contents("Moving school"), 20);
    keyboard.press("Enter");
    keyboard.tabTo(page.locator("#moving-school a"), 1);
    keyboard.pressToLeave("Enter");
    arrive("Moving to " + newSchool.name());

    // Sent with no answer: the error summary takes focus, and its link leads to the first radio.
    keyboard.tabTo(keyboard.button("Send my answer"), 10);
    keyboard.pressToLeave("Enter");
    assertThat(Journey.errorSummary(page)).containsText("Say whether you agree to the move");
    keyboard.assertFocusOn(page.locator(".govuk-error-summary"));
    noAxeViolations();
    keyboard.tabTo(keyboard.link("Say whether you agree to the move"), 1);
    keyboard.press("Enter");
    keyboard.assertFocusOn(keyboard.radio("Yes, I agree to the move"));
    keyboard.press("Space");
    assertThat(keyboard.radio("Yes, I agree to the move")).isChecked();
    keyboard.tabTo(keyboard.button("Send my answer"), 1);
    keyboard.pressToLeave("Enter");

    assertBannerHasFocus("Thank you: you agreed to the move.");
    assertThat(page.locator("#status")).hasText("Agreed by the family");
    noAxeViolations();
  }

  @Test
  void theSkipLinkIsTheFirstStopOnEveryFamilyPageOfTheseJourneys() {
    signIn(PARENT);
    String sarah =
        page.locator("#children")
            .getByRole(AriaRole.LINK, exactName("Sarah Bennett"))
            .getAttribute("href");
    String meeting = page.locator("#your-meetings a").first().getAttribute("href");
    List<String> pages =
        List.of(
            "/",
            sarah,
            sarah + "/plan",
            sarah + "/plan?view=tables",
            sarah + "/views",
            sarah + "/views/new",
            sarah + "/my-page",
            meeting,
            meeting + "/preparation/new");
    for (String path : pages) {
      page.navigate(path);
      keyboard.skipToMain();
      keyboard.press("Tab");
      keyboard.assertFocusOn(page.locator("main").locator("*"));
    }
  }

  /**
   * From the sign-in page, opened by address: the skip link, then the email and the password typed,
   * a look back with Shift+Tab from the button, and Enter to send.
   */
  private void signIn(String email) {
    page.navigate("/sign-in");
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    noAxeViolations();
    keyboard.skipToMain();
    keyboard.tabTo(keyboard.field("Email address"), 1);
    keyboard.type(email);
    keyboard.tabTo(keyboard.field("Password"), 1);
    keyboard.type(Journey.DEMO_PASSWORD);
    keyboard.tabTo(keyboard.button("Sign in"), 1);
    keyboard.shiftTabTo(keyboard.field("Password"), 1);
    keyboard.pressToLeave("Enter");
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
    noAxeViolations();
  }

  /** From the parent's home, Sarah's card in "Your children". */
  private void openSarahsPage() {
    keyboard.skipToMain();
    keyboard.tabTo(
        page.locator("#children").getByRole(AriaRole.LINK, exactName("Sarah Bennett")), 80);
    keyboard.pressToLeave("Enter");
    arrive("Sarah Bennett");
  }

  /** On a page just reached: its heading, axe's check, and the skip link to its main content. */
  private void arrive(String pageHeading) {
    assertThat(heading(page)).hasText(pageHeading);
    noAxeViolations();
    keyboard.skipToMain();
  }

  /** After a form is sent: the success banner has taken focus, visibly, and says it. */
  private void assertBannerHasFocus(String text) {
    Locator banner = successBanner(page);
    assertThat(banner).containsText(text);
    keyboard.assertFocusOn(banner);
  }

  private void noAxeViolations() {
    List<Rule> violations = Axe.violationsInPageOnly(page);
    if (!violations.isEmpty()) {
      throw new AssertionError(Axe.report(page.url(), violations));
    }
  }

  /** A link in a child's page's contents. */
  private Locator contents(String name) {
    return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Contents"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator footer(String name) {
    return page.locator("footer")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator.GetByRoleOptions exactName(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}

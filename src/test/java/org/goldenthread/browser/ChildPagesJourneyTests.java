package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The child pages as the SENCO and a parent use them, each page checked for accessibility. */
class ChildPagesJourneyTests extends BrowserTest {

  @Test
  void theSencoFindsSarahAndGoesThroughHerRecord() {
    page.navigate("/sign-in");
    signIn(page, "senco@riverside.example", DEMO_PASSWORD);
    assertThat(heading(page)).hasText("Welcome, Helen Carter");
    Axe.assertNoViolations(page);

    navigationLink(page, "Children").click();
    assertThat(heading(page)).hasText("Children");
    page.getByLabel("Search by name, UPN or school", exact()).fill("Sarah");
    button(page, "Apply filters").click();
    Axe.assertNoViolations(page);
    link(page, "Sarah Bennett").click();

    assertThat(heading(page)).hasText("Sarah Bennett");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("What people like and admire about me");
    Axe.assertNoViolations(page);

    link(page, "See the family’s details").click();
    assertThat(heading(page)).hasText("Family");
    Axe.assertNoViolations(page);
    link(page, "Change what the family asks you to take into account").click();
    Axe.assertNoViolations(page);
    link(page, "Back to Sarah Bennett").click();

    link(page, "See and change the team").click();
    assertThat(heading(page)).hasText("Team Around the Child");
    Axe.assertNoViolations(page);
    button(page, "Add someone to the team").click();
    button(page, "Add to the team").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(errorSummary(page)).containsText("Choose the team member's role");
    Axe.assertNoViolations(page);
    link(page, "Back to Sarah Bennett").click();

    link(page, "Consent for outside professionals").click();
    assertThat(heading(page)).hasText("Consent for outside professionals");
    Axe.assertNoViolations(page);
    link(page, "Back to Sarah Bennett").click();

    page.getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Change How I communicate"))
        .click();
    page.getByLabel("How I communicate", exact()).fill("");
    button(page, "Save changes").click();
    assertThat(errorSummary(page)).containsText("Write something in this section");
    Axe.assertNoViolations(page);
  }

  @Test
  void theSencoAddsAChild() {
    page.navigate("/sign-in");
    signIn(page, "senco@riverside.example", DEMO_PASSWORD);
    button(page, "Add a child").click();
    assertThat(heading(page)).hasText("Add a child");
    Axe.assertNoViolations(page);

    button(page, "Add child").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Axe.assertNoViolations(page);

    String family = "Journey" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    page.getByLabel("First name (legal name)", exact()).fill("Rowan");
    page.getByLabel("Last name", exact()).fill(family);
    page.getByLabel("Day", exact()).fill("4");
    page.getByLabel("Month", exact()).fill("9");
    page.getByLabel("Year", exact()).fill("2015");
    page.getByLabel("Year group", exact()).selectOption("6");
    page.getByLabel("SEN support", exact()).check();
    page.getByLabel("Main type of need", exact()).selectOption("SLCN");
    button(page, "Add child").click();

    assertThat(successBanner(page)).containsText("Rowan " + family + " has been added");
    assertThat(heading(page)).hasText("Rowan " + family);
    Axe.assertNoViolations(page);

    link(page, "Change legal name").click();
    assertThat(heading(page)).hasText("Change the child’s record");
    Axe.assertNoViolations(page);
  }

  @Test
  void aParentSeesSarahOnTheirHome() {
    page.navigate("/sign-in");
    signIn(page, "parent@example.org", DEMO_PASSWORD);
    assertThat(heading(page)).hasText("Welcome, Claire Bennett");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your children");
    Axe.assertNoViolations(page);
    page.getByRole(
            AriaRole.REGION, new Page.GetByRoleOptions().setName("Your children").setExact(true))
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Sarah Bennett")
                .setExact(true))
        .click();
    assertThat(heading(page)).hasText("Sarah Bennett");
    Axe.assertNoViolations(page);
  }
}

package org.goldenthread.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.options.SelectOption;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The directory as people use it: a parent finds it in the navigation, searches for autism help in
 * Polish and opens the service; the officer finds the services nobody has checked for a year and
 * marks one checked. Axe finds nothing wrong at desktop width and at 320 px.
 */
class DirectoryJourneyTests extends BrowserTest {

  static final String RAZEM = "Razem: autism support for Polish-speaking families";

  @Test
  void aParentSearchesByNeedAndLanguageAndOpensAService() {
    page.navigate("/sign-in");
    signInAs(page, "parent@example.org");
    navigationLink(page, "Help and support").click();
    assertThat(heading(page)).hasText("Find help and support");
    Axe.assertNoViolations(page);

    page.locator("main")
        .getByLabel("Type of need")
        .selectOption(new SelectOption().setLabel("Autistic spectrum disorder"));
    page.locator("main").getByLabel("Language").selectOption(new SelectOption().setLabel("Polish"));
    button(page, "Search").click();
    assertThat(page.locator("#results")).containsText(RAZEM);
    assertThat(page.locator("#results")).not().containsText("Spectrum Sundays");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.locator("main").getByLabel("What are you looking for?").fill("autistic");
    page.locator("main")
        .getByLabel("Language")
        .selectOption(new SelectOption().setLabel("Any language"));
    button(page, "Search").click();
    assertThat(page.locator("#results")).containsText("Spectrum Sundays");

    link(page, RAZEM).click();
    assertThat(heading(page)).hasText(RAZEM);
    assertThat(page.locator("#facts")).containsText("Polish");
    assertThat(page.locator("#contact")).containsText("0113 496 0003");
    assertThat(page.locator("form[action$='/checked']")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    signOut(page);
  }

  @Test
  void theOfficerFindsTheServicesDueACheckAndMarksOneChecked() {
    page.navigate("/sign-in");
    signInAs(page, "officer@northshire.example");
    page.navigate("/directory");
    link(page, "Services nobody has checked for a year").click();
    assertThat(page.locator("#results")).containsText("Check due");
    Axe.assertNoViolations(page);

    link(page, "Northshire Short Breaks Guide").click();
    assertThat(page.locator("#check-due")).isVisible();
    Axe.assertNoViolations(page);
    button(page, "Mark as checked today").click();
    assertThat(successBanner(page)).containsText("marked as checked today");
    assertThat(page.locator("#check-due")).hasCount(0);

    link(page, "Change the details").click();
    assertThat(heading(page)).hasText("Change a service");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    signOut(page);
  }
}

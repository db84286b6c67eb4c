package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Printing a page, as a family does with a record: the content stays, the header navigation,
 * footer, skip link, buttons and forms go, the text is black on white, and a link to another site
 * shows where it goes.
 */
class PrintJourneyTests extends BrowserTest {

  @Test
  void aPrintedPageKeepsTheContentAndDropsTheChrome() {
    page.navigate("/sign-in");
    signIn(page, "senco@riverside.example", DEMO_PASSWORD);
    page.navigate("/children?search=Sarah+Bennett");
    link(page, "Sarah Bennett").click();
    assertThat(heading(page)).hasText("Sarah Bennett");
    Locator navigation = page.locator(".govuk-service-navigation");
    assertThat(navigation).isVisible();

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

    assertThat(heading(page)).isVisible();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("What people like and admire about me");
    assertThat(navigation).isHidden();
    assertThat(page.locator("footer")).isHidden();
    assertThat(page.locator(".govuk-skip-link")).isHidden();
    Assertions.assertThat(style("body", null, "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    Assertions.assertThat(style("h1", null, "color")).isEqualTo("rgb(0, 0, 0)");
    Assertions.assertThat(style(".govuk-service-navigation", null, "display")).isEqualTo("none");

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    link(page, "See and change the team").click();
    assertThat(heading(page)).hasText("Team Around the Child");
    Assertions.assertThat(page.locator("main form:visible").count()).isPositive();
    Assertions.assertThat(page.locator("main .govuk-button:visible").count()).isPositive();

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

    assertThat(page.locator("main form:visible")).hasCount(0);
    assertThat(page.locator("main .govuk-button:visible")).hasCount(0);
    assertThat(page.locator("main table, main .govuk-summary-card").first()).isVisible();
  }

  @Test
  void aLinkToAnotherSiteShowsWhereItGoesOnPaper() {
    page.navigate("/accessibility");
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

    Locator external = page.locator("main a[href^='https://']").first();
    String href = external.getAttribute("href");
    Assertions.assertThat(style("main a[href^='https://']", "::after", "content"))
        .isEqualTo("\" (" + href + ")\"");
    Assertions.assertThat(style(".govuk-footer", null, "display")).isEqualTo("none");
    Axe.assertNoViolations(page);
  }

  /** A computed style of the first element matching the selector (and pseudo-element). */
  private String style(String selector, String pseudo, String property) {
    return (String)
        page.evaluate(
            "([s, p, name]) => getComputedStyle(document.querySelector(s), p)[name]",
            java.util.List.of(selector, pseudo == null ? "" : pseudo, property));
  }
}

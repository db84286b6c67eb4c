package org.goldenthread.statutory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Sarah's mother reads the draft EHC plan from Sarah's assessment: every section, what is recorded,
 * and the therapy in section F that names no therapist, marked; the page passes axe at desktop and
 * phone widths.
 */
class DraftJourneyTests extends BrowserTest {

  @Test
  void sarahsMotherReadsTheDraftAndSeesTheSupportThatDoesNotSayWho() {
    page.navigate("/sign-in");
    signIn(page, "parent@example.org", DEMO_PASSWORD);
    section(page, "Your children")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sarah Bennett"))
        .click();
    link(page, "EHC needs assessments").click();
    page.locator("main .govuk-summary-card__title a").first().click();
    link(page, "See the draft EHC plan, put together from the plan and the advice gathered")
        .click();

    assertThat(page).hasTitle(Pattern.compile("^Draft EHC plan for Sarah Bennett"));
    assertThat(heading(page)).hasText("Draft EHC plan");
    assertThat(page.locator("#flagged")).containsText("1 item of support in section F");
    assertThat(page.locator("#section-a")).containsText("I want a group of friends");
    assertThat(page.locator("#section-b")).containsText("Communication and interaction");
    assertThat(page.locator("#section-c")).containsText("Nothing recorded yet.");
    assertThat(page.locator("#section-k"))
        .containsText("Northshire educational psychology service");
    Locator therapy =
        page.locator("#section-f .pdf-card")
            .filter(new Locator.FilterOptions().setHasText("worries"));
    assertThat(therapy.locator(".govuk-tag")).hasText("Not specific");
    assertThat(therapy.locator(".govuk-warning-text")).containsText("who gives it");
    Axe.assertNoViolations(page);

    link(page, "Go to section F").click();
    assertThat(page).hasURL(Pattern.compile("#section-f$"));
    page.setViewportSize(320, 640);
    Axe.assertNoViolations(page);
  }
}

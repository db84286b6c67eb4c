package org.goldenthread.statutory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.ApiClient;
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
    page.getByLabel("Email address", exact()).fill("parent@example.org");
    page.getByLabel("Password", exact()).fill(ApiClient.DEMO_PASSWORD);
    button("Sign in").click();
    page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Your children"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sarah Bennett"))
        .click();
    link("EHC needs assessments").click();
    page.locator("main .govuk-summary-card__title a").first().click();
    link("See the draft EHC plan, put together from the plan and the advice gathered").click();

    assertThat(page).hasTitle(Pattern.compile("^Draft EHC plan for Sarah Bennett"));
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Draft EHC plan");
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

    link("Go to section F").click();
    assertThat(page).hasURL(Pattern.compile("#section-f$"));
    page.setViewportSize(320, 640);
    Axe.assertNoViolations(page);
  }

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }
}

package org.goldenthread.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The council's officer opens the overview from the navigation: every chart is an image named by
 * its title and has the table of its figures and a CSV under it; the demo's Meadow Park School is
 * among the schools; axe finds nothing wrong, nor at 320 px where nothing scrolls sideways.
 */
class OverviewJourneyTests extends BrowserTest {

  @Test
  void theOfficerOpensTheOverviewAndEveryChartHasItsTable() {
    page.navigate("/sign-in");
    signInAs(page, "officer@northshire.example");
    assertThat(section(page, "Your authority at a glance")).isVisible();
    navigationLink(page, "Overview").click();

    assertThat(heading(page)).hasText("Your authority at a glance");
    Locator sections = page.locator("main section[id]");
    assertThat(sections).hasCount(OverviewSections.IDS.size());
    for (int i = 0; i < OverviewSections.IDS.size(); i++) {
      Locator part = sections.nth(i);
      String id = OverviewSections.IDS.get(i);
      Locator chart = part.getByRole(AriaRole.IMG);
      Locator table = part.getByRole(AriaRole.TABLE);
      if (chart.count() > 0) {
        assertThat(chart).hasAccessibleName(java.util.regex.Pattern.compile(".+"));
        assertThat(table).isVisible();
      }
      assertThat(part.locator("#" + id + "-csv")).isVisible();
    }
    assertThat(page.getByRole(AriaRole.IMG)).not().hasCount(0);
    assertThat(
            page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions()
                    .setName("Children on SEN support and with plans, by school")))
        .isVisible();
    assertThat(row(page, "Meadow Park School").first()).isVisible();
    Axe.assertNoViolations(page);
    org.goldenthread.browser.Journey.checkAtPhoneWidth(page);
  }
}

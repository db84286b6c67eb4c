package org.goldenthread.caseload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;

/**
 * The SENCO's caseload as she uses it: from her home to the school's figures, from a figure to the
 * list of children behind it, sorted by a column header, and downloaded as CSV. Axe finds nothing
 * wrong at desktop width and at 320 px.
 */
class CaseloadJourneyTests extends BrowserTest {

  @Test
  void theSencoFollowsAFigureToItsListSortsItAndDownloadsIt() throws IOException {
    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    assertThat(section(page, "Caseload figures"))
        .containsText("See your school's figures and the lists behind them");
    navigationLink(page, "Caseload").click();

    assertThat(heading(page)).hasText("Caseload");
    assertThat(page.locator(".govuk-caption-l")).hasText("Riverside Academy");
    assertThat(page.locator("#figure-SEN_SUPPORT")).containsText("on SEN support");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.locator("#figure-SEN_SUPPORT a").click();
    assertThat(page.locator("#caseload-count")).containsText("Showing");
    assertThat(page.locator("#caseload-table tbody")).containsText("Sarah Bennett");
    assertThat(page.locator("#caseload-table tbody tr th .govuk-body-s").first())
        .hasText("SEN support");

    page.locator("#caseload-table thead")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next review"))
        .click();
    assertThat(page.locator("th[aria-sort=ascending]")).hasText("Next review");
    page.locator("#caseload-table thead")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next review"))
        .click();
    assertThat(page.locator("th[aria-sort=descending]")).hasText("Next review");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    Download download = page.waitForDownload(() -> page.locator("#caseload-csv").click());
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".csv");
    org.assertj.core.api.Assertions.assertThat(csv)
        .startsWith("Name,UPN,Year group,SEN status")
        .contains("Sarah Bennett")
        .doesNotContain("Chloe Davies");
  }
}

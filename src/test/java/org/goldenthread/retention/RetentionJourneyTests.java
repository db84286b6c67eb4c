package org.goldenthread.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator opens Retention from the navigation, reads what a run would delete now (a
 * former pupil past retention among the children's records, by id), runs it, and sees the run and
 * the record gone; axe finds nothing wrong, nor at 320 px.
 */
class RetentionJourneyTests extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theAdministratorReadsTheDryRunThenRunsIt() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    UUID former = new RetentionData(jdbc).child(today.minusYears(27), false);
    jdbc.update("delete from retention_run where run_on = ?", today);

    page.navigate("/sign-in");
    signInAs(page, "admin@goldenthread.example");
    navigationLink(page, "Retention").click();

    assertThat(heading(page)).hasText("Retention");
    Locator children = page.locator("#rule-children");
    assertThat(children).containsText("Children’s records, with everything about each child");
    children.getByText("The children’s ids").click();
    assertThat(children.getByText(former.toString())).isVisible();
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    button(page, "Delete these records now").click();

    assertThat(successBanner(page)).containsText("Retention ran:");
    assertThat(page.locator("#rule-children td").last()).hasText("0");
    assertThat(page.locator("table[aria-labelledby=runs] tbody tr").first())
        .containsText("An administrator");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }
}

package org.goldenthread.dataexchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A SENCO imports her school's pupils: from her home to the import page, a file with a bad line
 * (the preview names the line and field and offers no import), then the corrected file of 400
 * pupils (the preview's counts, the import with its progress, the outcome), then the census check.
 * Axe finds nothing wrong at desktop width and at 320 px.
 */
class PupilImportJourneyTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void aSencoPreviewsAndImportsHerPupilsWithProgress() {
    FreshSchool school = FreshSchool.open(context);
    String good = ImportFiles.csv(400);
    String[] lines = good.split("\n");
    lines[7] = lines[7].replaceFirst(",[NKE],", ",Q,");
    String bad = String.join("\n", lines) + "\n";

    page.navigate("/sign-in");
    signInAs(page, school.senco().email());
    linkIn(section(page, "Your school's roll"), "Import pupils").click();
    assertThat(heading(page)).hasText("Import pupils");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.locator("main")
        .getByLabel("Upload a file")
        .setInputFiles(
            new FilePayload("pupils.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
    button(page, "Check the file").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: What this import will do"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Line 8, senStatus");
    assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
    assertThat(page.locator("#import-run")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.navigate("/schools/" + school.id() + "/import");
    page.locator("main")
        .getByLabel("Upload a file")
        .setInputFiles(
            new FilePayload("pupils.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
    button(page, "Check the file").click();
    assertThat(heading(page)).hasText("What this import will do");
    assertThat(page.locator("#import-created")).hasText("400");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    button(page, "Import 400 pupils").click();
    assertThat(page.locator("#import-done"))
        .hasText("Imported: 400 added, 0 brought up to date, 0 already up to date");
    assertThat(heading(page)).hasText("Import finished");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    page.navigate("/schools/" + school.id() + "/census");
    assertThat(heading(page)).hasText("School census: SEN fields");
    assertThat(page.locator("#census-none")).isVisible();
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }

  @Test
  void theProgressPageShowsAnAccessibleProgressBar() {
    FreshSchool school = FreshSchool.open(context);
    ImportJobs jobs = context.getBean(ImportJobs.class);
    java.util.UUID job = jobs.start(school.senco(), school.id(), false, 900);
    jobs.progress(job, 40);

    page.navigate("/sign-in");
    signInAs(page, school.senco().email());
    page.navigate("/schools/" + school.id() + "/import/jobs/" + job);
    assertThat(heading(page)).hasText("Importing pupils");
    assertThat(page.getByLabel("Import progress")).hasAttribute("value", "40");
    assertThat(page.locator("[aria-live=polite]")).containsText("40%");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    jobs.progress(job, 70);
    assertThat(page.getByLabel("Import progress")).hasAttribute("value", "70");
    jobs.finish(
        job, 200, "{\"dryRun\":false,\"created\":900,\"changed\":0,\"unchanged\":0,\"errors\":[]}");
    assertThat(page.locator("#import-done"))
        .hasText("Imported: 900 added, 0 brought up to date, 0 already up to date");
  }
}

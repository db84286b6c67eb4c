package org.goldenthread.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Evidence as people share and answer it: a mother shares a report on her daughter's documents page
 * (first forgetting the file, which the page tells her beside the field) and sees it listed with
 * the day the school will respond by; the SENCO finds it on her home, awaiting a response, and
 * records what the school makes of it; the mother reads the response. Every page passes axe, at
 * desktop width and at 320 px.
 */
class DocumentJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final Dates DATES = new Dates();

  @Autowired ApplicationContext context;
  @Autowired SchoolDays schoolDays;

  @Test
  void theMotherSharesAReportTheSencoRespondsAndTheMotherReadsIt() {
    String mother = "mother+" + UUID.randomUUID() + "@documents.example";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Nia", "Powell").withParent(mother, "Rhian Powell").add();
    String due = DATES.date(schoolDays.evidenceResponseDue(new Pupils(context).riverside(), TODAY));

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    Locator panel = section(page, "Documents and evidence");
    assertThat(panel).containsText("Nothing has been shared yet.");
    linkIn(panel, "See the documents, or share one").click();
    assertThat(heading(page)).hasText("Documents and evidence for Nia Powell");
    checkAtBothWidths();

    main().getByLabel("What is it called?", exactIn()).fill("Report from the audiologist");
    group(page, "What kind of document is it?").getByLabel("Medical letter", exactIn()).check();
    button(page, "Share the document").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Documents and evidence"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose a file to share");
    assertThat(page.locator("#file-error")).containsText("Choose a file to share");
    checkAtBothWidths();

    group(page, "What kind of document is it?").getByLabel("Medical letter", exactIn()).check();
    main()
        .getByLabel("The file", exactIn())
        .setInputFiles(
            new FilePayload(
                "audiology.pdf", "application/pdf", Uploads.pdf("Hearing test, November")));
    button(page, "Share the document").click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("You shared Report from the audiologist.");
    Locator row = page.locator("#documents tbody tr").first();
    assertThat(row).containsText("Report from the audiologist");
    assertThat(row).containsText("Medical letter");
    assertThat(row).containsText("Rhian Powell on " + DATES.date(TODAY));
    assertThat(row).containsText("Response due " + due);
    checkAtBothWidths();
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    Locator awaiting = section(page, "Evidence awaiting a response");
    assertThat(awaiting).containsText("Nia Powell");
    linkIn(awaiting, "Report from the audiologist").first().click();
    assertThat(heading(page)).hasText("Report from the audiologist");
    assertThat(page.locator("#download")).hasAttribute("href", Pattern.compile("/file$"));
    checkAtBothWidths();

    button(page, "Save the response").click();
    assertThat(page.locator("#text-error")).containsText("Write what the school makes of it");
    Axe.assertNoViolations(page);
    main()
        .getByLabel("Write the school's response", exactIn())
        .fill("Thank you. Nia will sit near the front, and we will use the radio aid in class.");
    button(page, "Save the response").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Your response has been saved");
    assertThat(page.locator("#response-text")).containsText("radio aid");
    checkAtBothWidths();
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id() + "/documents");
    assertThat(page.locator("#documents tbody tr").first())
        .containsText("Responded on " + DATES.date(TODAY));
    linkIn(main(), "Report from the audiologist").click();
    assertThat(page.locator("#response-text")).containsText("radio aid");
    assertThat(page.locator("main")).containsText("Written by Helen Carter");
    assertThat(page.locator("textarea")).hasCount(0);
    checkAtBothWidths();
  }

  /** Axe finds nothing at desktop width, nor at 320 px, where nothing scrolls sideways. */
  private void checkAtBothWidths() {
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }

  private Locator main() {
    return page.locator("main");
  }
}

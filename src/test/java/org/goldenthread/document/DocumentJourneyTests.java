package org.goldenthread.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.support.ApiClient;
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
    signIn(mother);
    page.navigate("/children/" + pupil.id());
    Locator panel = section("Documents and evidence");
    assertThat(panel).containsText("Nothing has been shared yet.");
    panel.getByRole(AriaRole.LINK, linkNamed("See the documents, or share one")).click();
    assertThat(heading()).hasText("Documents and evidence for Nia Powell");
    checkAtBothWidths();

    main().getByLabel("What is it called?", exact()).fill("Report from the audiologist");
    group("What kind of document is it?").getByLabel("Medical letter", exact()).check();
    button("Share the document").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Documents and evidence"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose a file to share");
    assertThat(page.locator("#file-error")).containsText("Choose a file to share");
    checkAtBothWidths();

    group("What kind of document is it?").getByLabel("Medical letter", exact()).check();
    main()
        .getByLabel("The file", exact())
        .setInputFiles(
            new FilePayload(
                "audiology.pdf", "application/pdf", Uploads.pdf("Hearing test, November")));
    button("Share the document").click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("You shared Report from the audiologist.");
    Locator row = page.locator("#documents tbody tr").first();
    assertThat(row).containsText("Report from the audiologist");
    assertThat(row).containsText("Medical letter");
    assertThat(row).containsText("Rhian Powell on " + DATES.date(TODAY));
    assertThat(row).containsText("Response due " + due);
    checkAtBothWidths();
    signOut();

    page.navigate("/sign-in");
    signIn(Pupils.SENCO);
    Locator awaiting = section("Evidence awaiting a response");
    assertThat(awaiting).containsText("Nia Powell");
    awaiting.getByRole(AriaRole.LINK, linkNamed("Report from the audiologist")).first().click();
    assertThat(heading()).hasText("Report from the audiologist");
    assertThat(page.locator("#download")).hasAttribute("href", Pattern.compile("/file$"));
    checkAtBothWidths();

    button("Save the response").click();
    assertThat(page.locator("#text-error")).containsText("Write what the school makes of it");
    Axe.assertNoViolations(page);
    main()
        .getByLabel("Write the school's response", exact())
        .fill("Thank you. Nia will sit near the front, and we will use the radio aid in class.");
    button("Save the response").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Your response has been saved");
    assertThat(page.locator("#response-text")).containsText("radio aid");
    checkAtBothWidths();
    signOut();

    page.navigate("/sign-in");
    signIn(mother);
    page.navigate("/children/" + pupil.id() + "/documents");
    assertThat(page.locator("#documents tbody tr").first())
        .containsText("Responded on " + DATES.date(TODAY));
    main().getByRole(AriaRole.LINK, linkNamed("Report from the audiologist")).click();
    assertThat(page.locator("#response-text")).containsText("radio aid");
    assertThat(page.locator("main")).containsText("Written by Helen Carter");
    assertThat(page.locator("textarea")).hasCount(0);
    checkAtBothWidths();
  }

  private void checkAtBothWidths() {
    Axe.assertNoViolations(page);
    page.setViewportSize(320, 640);
    org.assertj.core.api.Assertions.assertThat(
            page.evaluate("() => document.documentElement.scrollWidth <= 320"))
        .as("no sideways scrolling at 320 px on " + page.url())
        .isEqualTo(true);
    Axe.assertNoViolations(page);
    page.setViewportSize(1280, 800);
  }

  private void signIn(String email) {
    main().getByLabel("Email address", exact()).fill(email);
    main().getByLabel("Password", exact()).fill(ApiClient.DEMO_PASSWORD);
    button("Sign in").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
  }

  private void signOut() {
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  private Locator main() {
    return page.locator("main");
  }

  private Locator section(String heading) {
    return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading));
  }

  private Locator group(String name) {
    return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
  }

  private Locator heading() {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  private static Locator.GetByRoleOptions linkNamed(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}

package org.goldenthread.voice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A view as people record and answer it: a mother writes down what her son said, with his drawing
 * (a missing answer is shown beside its field first); the SENCO finds it waiting on her home,
 * answers it and records the day she told him; the child's own page then shows "you said, we did".
 * Axe finds nothing wrong on each page, and the list and the child's page fit a 320 px screen.
 */
class ViewJourneyTests extends BrowserTest {

  /** A picture of one pixel, as a PNG. */
  static final byte[] DRAWING =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

  @Autowired ApplicationContext context;

  @Test
  void aMotherRecordsHerSonsViewTheSencoAnswersItAndHisPageSaysWhatWasDone() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@voice.example";
    String family = "Okafor" + tag;
    String tobi = "Tobi " + family;
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Tobi", family).withParent(mother, "Ada " + family).add();

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "Views of the child and family"))
        .containsText("No view is waiting for a reply.");
    section(page, "Views of the child and family")
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("See all views, or add one"))
        .click();
    assertThat(heading(page)).hasText("Views of " + tobi + " and their family");
    Axe.assertNoViolations(page);
    page.getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add a view"))
        .click();
    assertThat(heading(page)).hasText("Add a view");
    Axe.assertNoViolations(page);

    button(page, "Save the view").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Add a view"));
    assertThat(page.locator("#text-error")).containsText("Write what was said");
    Axe.assertNoViolations(page);
    group(page, "Whose view is it?").getByLabel("The child’s own view", exactIn()).check();
    page.locator("main")
        .getByLabel("What was said", exactIn())
        .fill("Break time is too long. I have no one to play with.");
    group(page, "How was it said?").getByLabel("Talking", exactIn()).check();
    page.locator("main")
        .getByLabel("A picture, drawing or recording (optional)", exactIn())
        .setInputFiles(new FilePayload("break-time.png", "image/png", DRAWING));
    button(page, "Save the view").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The view has been saved");
    Locator picture = page.getByAltText("The picture that came with this view");
    assertThat(picture).isVisible();
    APIResponse drawing = page.request().get(picture.getAttribute("src"));
    org.assertj.core.api.Assertions.assertThat(drawing.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(drawing.body()).isEqualTo(DRAWING);
    assertThat(page.locator("#stands")).containsText("Waiting for a reply");
    assertThat(page.locator("#response-form")).hasCount(0);
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    assertThat(section(page, "Views waiting for a reply")).containsText(tobi);
    section(page, "Views waiting for a reply")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("A view about " + tobi))
        .click();
    assertThat(heading(page)).hasText("The child’s view");
    Axe.assertNoViolations(page);
    page.locator("main")
        .getByLabel("What was done about it, or why not", exactIn())
        .fill("You said break time is lonely, so you can help in the library at break.");
    fillDate(page, "When was it fed back?", LocalDate.now(ZoneId.of("Europe/London")));
    button(page, "Save the answer").click();
    assertThat(page.locator("#stands")).containsText("Fed back");
    assertThat(page.locator("#fed-back")).containsText("Fed back on");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id() + "/my-page");
    assertThat(heading(page)).hasText("My page");
    assertThat(page.locator("#you-said")).containsText("help in the library at break");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    page.navigate("/children/" + pupil.id() + "/views");
    assertThat(page.locator("#closed-views")).containsText("Closed after less than a day");
    checkAtPhoneWidth(page);
  }
}

package org.goldenthread.disagreement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A disagreement as a family records it: a mother records the local authority's refusal to assess
 * her son (a missing answer is shown beside its field first) with the date on the decision letter,
 * and sees her next option, contacting a mediation adviser, with its date and the rule behind it;
 * she adds the mediation advice with its certificate, out of order after an earlier talk with the
 * school, and the next option becomes the appeal with its date; the child's page shows it, and the
 * guidance on tricky conversations is a click away. Axe finds nothing wrong, at desktop width and
 * at 320 px.
 */
class DisagreementJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Autowired ApplicationContext context;

  @Test
  void aMotherRecordsARefusalToAssessAndSeesHerNextOptionAndItsDate() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@disagrees.example";
    Pupils.Pupil pupil =
        new Pupils(context, FreshSchool.open(context))
            .pupil("Kofi", "Mensah" + tag)
            .withParent(mother, "Ama Mensah" + tag)
            .add();
    LocalDate letter = TODAY.minusDays(12);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "Disagreements")).containsText("No disagreement is open");
    section(page, "Disagreements")
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("See all disagreements, or record one"))
        .click();
    assertThat(heading(page)).hasText("Disagreements about Kofi Mensah" + tag);
    Axe.assertNoViolations(page);

    button(page, "Record the disagreement").click();
    assertThat(errorSummary(page)).containsText("Choose what you disagree with");
    assertThat(page.locator("#summary-error")).containsText("Write what has happened");
    Axe.assertNoViolations(page);

    group(page, "What do you disagree with?")
        .getByLabel("The local authority will not carry out an EHC needs assessment", exactIn())
        .check();
    fillDate(page, "Date on the decision letter", letter);
    page.locator("main")
        .getByLabel("What has happened, in your words", exactIn())
        .fill(
            "The council wrote that Kofi's needs can be met from the school's own support."
                + " His school reviews show no progress in two terms.");
    button(page, "Record the disagreement").click();

    assertThat(successBanner(page)).containsText("The disagreement is recorded");
    assertThat(heading(page)).hasText("Disagreement: A refusal to assess");
    assertThat(page.locator("#next-option")).hasText("Contact a mediation adviser");
    assertThat(page.locator("#next-date"))
        .containsText("By " + PEOPLE.format(letter.plusMonths(2)));
    assertThat(page.locator("#next-rule")).containsText("mediation adviser");
    assertThat(page.locator("#appealable")).containsText("sections B (needs), F (provision) and I");
    assertThat(page.locator("#advice")).containsText("information, advice and support service");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    group(page, "Which stage?").getByLabel("Contact with a mediation adviser", exactIn()).check();
    fillDate(page, "When did it start?", TODAY.minusDays(3));
    fillDate(
        page,
        "Date on the mediation certificate (only for mediation advice or mediation)",
        TODAY.minusDays(1));
    page.locator("main")
        .getByLabel("The outcome (optional)", exactIn())
        .fill("We decided not to mediate.");
    button(page, "Add the stage").click();
    assertThat(successBanner(page)).containsText("The stage is added");

    group(page, "Which stage?")
        .getByLabel("Talking to the class teacher or the SENCO", exactIn())
        .check();
    fillDate(page, "When did it start?", TODAY.minusDays(9));
    button(page, "Add the stage").click();

    assertThat(page.locator("#next-option")).hasText("Appeal to the SEND Tribunal");
    assertThat(page.locator("#next-date")).containsText("By ");
    assertThat(page.locator("#timeline li").first()).containsText("Talking to the school");
    assertThat(page.locator("#timeline li").nth(1)).containsText("Mediation certificate");
    Axe.assertNoViolations(page);

    link(page, "Tricky conversations: a short guide").first().click();
    assertThat(heading(page)).hasText("Tricky conversations");
    Axe.assertNoViolations(page);

    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "Disagreements")).containsText("Appeal to the SEND Tribunal");
    Axe.assertNoViolations(page);
  }
}

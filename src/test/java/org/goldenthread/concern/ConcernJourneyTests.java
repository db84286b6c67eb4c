package org.goldenthread.concern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.child.SenStatus;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An early concern from the first worry to the decision in writing: a mother raises a concern about
 * her daughter (a missing answer is shown beside its field first); the SENCO finds it on her home,
 * books the first-concern meeting from it, holds it, and decides at it to start SEN support, with
 * her reasons; the mother reads the decision on her daughter's page. Axe finds nothing wrong on any
 * page, at desktop width and at 320 px.
 */
class ConcernJourneyTests extends BrowserTest {

  private static final String SENCO = "senco@riverside.example";

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aMotherRaisesAConcernTheSencoMeetsHerAndDecidesSenSupportInWriting() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@worries.example";
    String family = "Okoro" + tag;
    String child = "Ada " + family;
    Pupils.Pupil pupil =
        new Pupils(context)
            .pupil("Ada", family)
            .status(SenStatus.N, null)
            .withParent(mother, "Ngozi " + family)
            .add();

    // 1. The mother raises the concern from Ada's page.
    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/children/" + pupil.id());
    assertThat(section(page, "Concerns")).containsText("No concern has been raised.");
    Axe.assertNoViolations(page);
    section(page, "Concerns")
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("Raise a concern"))
        .click();
    assertThat(heading(page)).hasText("Raise a concern");
    Axe.assertNoViolations(page);
    button(page, "Send the concern").click();
    assertThat(errorSummary(page)).containsText("Write what you have noticed");
    Axe.assertNoViolations(page);
    main()
        .getByLabel("What have you noticed?", exactIn())
        .fill("Ada has stopped reading at home and says school books are too hard.");
    main()
        .getByLabel("Examples", exactIn())
        .fill("Last week she hid her reading book under her bed and cried at bedtime.");
    main()
        .getByLabel("What has been tried so far?", exactIn())
        .fill("We read together for ten minutes each night with comics she chooses.");
    main()
        .getByLabel("What does the child say?", exactIn())
        .fill("The letters swap places and everyone else reads faster.");
    button(page, "Send the concern").click();
    assertThat(successBanner(page)).containsText("Your concern was sent to the school");
    assertThat(heading(page)).containsText("Concern raised on");
    assertThat(page.locator("#no-decision")).containsText("There is no decision yet");
    assertThat(page.locator("#decision-form")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    signOut(page);

    // 2. The SENCO finds it on her home and books the first-concern meeting from it.
    page.navigate("/sign-in");
    signInAs(page, SENCO);
    Locator awaiting = section(page, "Concerns waiting for your decision");
    assertThat(awaiting).containsText(child);
    Axe.assertNoViolations(page);
    link(page, "Concern about " + child).click();
    assertThat(page.locator("#noticed")).containsText("stopped reading at home");
    Axe.assertNoViolations(page);
    link(page, "Book the first-concern meeting").click();
    assertThat(heading(page)).hasText("Book a meeting");
    assertThat(page.getByLabel("First meeting about a concern", exact())).isChecked();
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
    page.getByLabel("Day", exact()).fill(Integer.toString(day.getDayOfMonth()));
    page.getByLabel("Month", exact()).fill(Integer.toString(day.getMonthValue()));
    page.getByLabel("Year", exact()).fill(Integer.toString(day.getYear()));
    page.getByLabel("Start time", exact()).fill("3:30pm");
    page.getByLabel("Where", exact()).fill("The library, Riverside Academy");
    button(page, "Book the meeting").click();
    assertThat(successBanner(page)).containsText("The meeting is booked");
    assertThat(heading(page)).hasText("First meeting about a concern");
    Axe.assertNoViolations(page);
    String concernPage = concernPageOf(pupil.id());
    page.navigate(concernPage);
    reloadUntil(page.locator("#path"), "First-concern meeting booked for");

    // The day comes and the meeting is held (its start moved to an hour ago, as the clock would
    // have it); at it, the SENCO decides to start SEN support, with her reasons.
    // (never before today began, when the concern was raised: the clock may read just past
    // midnight)
    ZoneId london = ZoneId.of("Europe/London");
    Instant todayBegan = LocalDate.now(london).atStartOfDay(london).toInstant();
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
    Timestamp anHourAgo = Timestamp.from(hourAgo.isBefore(todayBegan) ? todayBegan : hourAgo);
    jdbc.update("update meeting set starts_at = ? where child_id = ?", anHourAgo, pupil.id());
    jdbc.update(
        "update concern set meeting_starts_at = ? where child_id = ?", anHourAgo, pupil.id());
    page.reload();
    assertThat(page.locator("#path")).containsText("First-concern meeting held on");
    assertThat(
            group(page, "Where was this decided?")
                .getByRole(com.microsoft.playwright.options.AriaRole.RADIO)
                .first())
        .isChecked();
    Axe.assertNoViolations(page);
    button(page, "Send the decision").click();
    assertThat(errorSummary(page)).containsText("Choose your decision");
    assertThat(errorSummary(page)).containsText("Write your reasons");
    Axe.assertNoViolations(page);
    group(page, "What have you decided?").getByLabel("Start SEN support", exactIn()).check();
    main()
        .getByLabel("Your reasons", exactIn())
        .fill(
            "Ada's reading is well behind where we would expect, and the help at home and in"
                + " class has not been enough on its own. We will start SEN support: a daily"
                + " reading group and a dyslexia screening, reviewed with you.");
    fillDate(page, "When will you look at it again together?", day.plusWeeks(8));
    button(page, "Send the decision").click();
    assertThat(successBanner(page)).containsText("Your decision was sent");
    assertThat(page.locator("#decided")).hasText("Start SEN support");
    assertThat(page.locator("#how-decided"))
        .hasText("This was decided at the first-concern meeting.");
    Axe.assertNoViolations(page);
    signOut(page);

    // 3. The mother hears of it and reads the decision and its reasons on Ada's page.
    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/inbox");
    reloadUntil(page.locator("main"), "The school has decided about the concern for " + child);
    Axe.assertNoViolations(page);
    page.navigate("/children/" + pupil.id());
    Locator concerns = section(page, "Concerns");
    assertThat(concerns).containsText("Decision: Start SEN support, by Helen Carter");
    assertThat(concerns).containsText("a daily reading group");
    Axe.assertNoViolations(page);
    concerns
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Concern raised on")))
        .click();
    assertThat(page.locator("#reasons")).containsText("We will start SEN support");
    assertThat(page.locator("#review-on")).containsText("We will look at it again together by");
    assertThat(page.locator("#stands")).containsText("Decided");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }

  private Locator main() {
    return page.locator("main");
  }

  private String concernPageOf(UUID childId) {
    UUID concern =
        jdbc.queryForObject("select id from concern where child_id = ?", UUID.class, childId);
    return "/children/" + childId + "/concerns/" + concern;
  }

  /** Reloads until the part of the page says it: what a listener does comes a moment later. */
  private void reloadUntil(Locator part, String text) {
    for (int tries = 0; tries < 30 && !part.innerText().contains(text); tries++) {
      page.waitForTimeout(500);
      page.reload();
    }
    assertThat(part).containsText(text);
  }
}

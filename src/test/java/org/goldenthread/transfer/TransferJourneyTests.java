package org.goldenthread.transfer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A move of school from the proposal to the transition meeting: the SENCO proposes a move to
 * another school (a missing answer shown beside its field first, then the phase warning); the
 * mother hears of it and agrees on the move's page, which says what each answer means; the new
 * school's SENCO finds the pupil joining on her home, opens the plan and books the transition
 * meeting with the old school's SENCO and the mother. Axe finds nothing wrong on any page.
 */
class TransferJourneyTests extends BrowserTest {

  private static final String SENCO = "senco@riverside.example";

  @Autowired ApplicationContext context;

  @Test
  void theSencoProposesTheMotherAgreesTheNewSencoReadsThePlanAndBooksTheTransitionMeeting() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@moving.example";
    String family = "Achebe" + tag;
    String child = "Kemi " + family;
    FreshSchool newSchool = FreshSchool.open(context);
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Kemi", family).withParent(mother, "Ada " + family).add();
    LocalDate movesOn = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2);

    // 1. The SENCO proposes the move from Kemi's page.
    page.navigate("/sign-in");
    signInAs(page, SENCO);
    page.navigate("/children/" + pupil.id());
    Locator moving = section(page, "Moving school");
    assertThat(moving).containsText("No move to another school has been proposed.");
    link(page, "Propose a move to another school").click();
    assertThat(heading(page)).hasText("Propose a move to another school");
    Axe.assertNoViolations(page);
    button(page, "Ask the family").click();
    assertThat(errorSummary(page)).containsText("Choose the school the child is moving to");
    assertThat(errorSummary(page)).containsText("Enter the day they start at the new school");
    Axe.assertNoViolations(page);
    page.getByLabel("The school they are moving to")
        .selectOption(new SelectOption().setLabel(newSchool.name()));
    fillDate(page, "The day they start at the new school", movesOn);
    button(page, "Ask the family").click();
    assertThat(successBanner(page)).containsText("The family has been asked");
    assertThat(heading(page)).hasText("Moving to " + newSchool.name());
    assertThat(page.locator("#status")).hasText("Waiting for the family");
    assertThat(page.locator(".govuk-warning-text")).containsText("primary school");
    Axe.assertNoViolations(page);
    signOut(page);

    // 2. The mother hears of it and agrees, knowing what that means.
    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate("/inbox");
    reloadUntil(page.locator("main"), "the school asks whether you agree to a move");
    page.navigate("/children/" + pupil.id());
    section(page, "Moving school")
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Locator.GetByRoleOptions().setName("To " + newSchool.name()))
        .first()
        .click();
    assertThat(page.locator("#answer")).containsText("If you decline");
    Axe.assertNoViolations(page);
    button(page, "Send my answer").click();
    assertThat(errorSummary(page)).containsText("Say whether you agree to the move");
    Axe.assertNoViolations(page);
    group(page, "Your answer").getByLabel("Yes, I agree to the move").check();
    button(page, "Send my answer").click();
    assertThat(successBanner(page)).containsText("you agreed to the move");
    assertThat(page.locator("#status")).hasText("Agreed by the family");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    signOut(page);

    // 3. The new school's SENCO finds Kemi joining, reads her plan and books the meeting.
    page.navigate("/sign-in");
    signInAs(page, newSchool.senco().email());
    Locator joining = section(page, "Pupils moving school");
    assertThat(joining).containsText(child);
    Axe.assertNoViolations(page);
    link(page, "about the move").click();
    link(page, "Read the plan").click();
    assertThat(page.locator("main")).containsText(child);
    Axe.assertNoViolations(page);
    page.goBack();
    link(page, "Book the transition meeting, with both schools and the family").click();
    assertThat(heading(page)).hasText("Book a meeting");
    assertThat(page.getByLabel("Moving-on (transition) meeting")).isChecked();
    Axe.assertNoViolations(page);
    LocalDate day = movesOn.minusWeeks(2);
    page.getByLabel("Day", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
        .fill(Integer.toString(day.getDayOfMonth()));
    page.getByLabel("Month", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
        .fill(Integer.toString(day.getMonthValue()));
    page.getByLabel("Year", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
        .fill(Integer.toString(day.getYear()));
    page.getByLabel("Start time").fill("4pm");
    page.getByLabel("Where").fill("Riverside Academy, the SENCO's room");
    group(page, "Who else is invited?").getByLabel("Helen Carter").check();
    button(page, "Book the meeting").click();
    assertThat(successBanner(page)).containsText("The meeting is booked");
    assertThat(heading(page)).hasText("Moving-on (transition) meeting");
    assertThat(page.locator("main")).containsText("Helen Carter");
    assertThat(page.locator("main")).containsText("Ada " + family);
    Axe.assertNoViolations(page);
  }

  @Test
  void afterTheMoveTheOldSencoOpensTheCopyHerSchoolKeeps() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@moved.example";
    FreshSchool oldSchool = FreshSchool.open(context);
    FreshSchool newSchool = FreshSchool.open(context);
    Pupils.Pupil pupil =
        new Pupils(context, oldSchool)
            .pupil("Tayo", "Moved" + tag)
            .withParent(mother, "Bola Moved" + tag)
            .add();
    Transfers transfers = context.getBean(Transfers.class);
    org.goldenthread.child.ChildAccess access =
        context.getBean(org.goldenthread.child.ChildAccess.class);
    TransferView proposed =
        transfers.propose(
            access.open(oldSchool.senco(), pupil.id()),
            new Transfers.Proposal(newSchool.id(), LocalDate.now(ZoneId.of("Europe/London"))));
    transfers.answer(
        context.getBean(org.goldenthread.identity.Accounts.class).findByEmail(mother).orElseThrow(),
        proposed.id(),
        true,
        proposed.version());

    page.navigate("/sign-in");
    signInAs(page, oldSchool.senco().email());
    Locator movedOn = section(page, "Pupils moving school");
    assertThat(movedOn).containsText("Pupils who have moved on");
    Axe.assertNoViolations(page);
    link(page, "Record of Tayo Moved" + tag + " as it stood").click();
    assertThat(heading(page)).hasText("The record as it stood on the day of the move");
    assertThat(page.locator("main")).containsText("Tayo");
    assertThat(page.locator("main form")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    org.assertj.core.api.Assertions.assertThat(page.navigate("/children/" + pupil.id()).status())
        .as("the live record is gone for the old school")
        .isEqualTo(404);
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

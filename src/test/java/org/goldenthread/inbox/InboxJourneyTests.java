package org.goldenthread.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.EventPublications;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox as people use it: the SENCO writes to a mother; the mother sees "Inbox (1)" in the
 * navigation, opens her inbox, follows the item to the conversation, and the count goes to 0; then
 * she chooses how she hears of new messages by email, settling on the daily digest. Axe finds
 * nothing wrong at desktop width and at 320 px.
 */
class InboxJourneyTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationPreferences preferences;

  @Test
  void aMotherFollowsHerInboxToTheSencosMessageAndChoosesTheDailyDigest() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String mother = "mother+" + tag + "@journey.example";
    String family = "Hughes" + tag;
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Elsie", family).withParent(mother, "Megan " + family).add();

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    page.navigate("/children/" + pupil.id() + "/messages");
    page.locator("main").getByLabel("Subject", exactIn()).fill("Swimming on Thursday");
    page.locator("main")
        .getByLabel("Message", exactIn())
        .fill("Elsie will need her swimming kit on Thursday.");
    button(page, "Send message").click();
    assertThat(heading(page)).hasText("Swimming on Thursday");
    signOut(page);
    EventPublications.awaitHandled(jdbc, pupil.id().toString());

    page.navigate("/sign-in");
    signInAs(page, mother);
    Locator inbox = navigationLink(page, "Inbox (1)");
    assertThat(inbox).isVisible();
    inbox.click();
    assertThat(heading(page)).hasText("Inbox");
    assertThat(page.locator("#unread-count")).hasText("You have 1 unread item.");
    Locator item = page.locator("#items li").first();
    assertThat(item.locator(".govuk-tag")).hasText("New");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    item.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("New message about Elsie " + family + ": Swimming on Thursday"))
        .click();
    assertThat(heading(page)).hasText("Swimming on Thursday");
    assertThat(page.locator("main")).containsText("swimming kit on Thursday");
    assertThat(navigationLink(page, "Inbox (0)")).isVisible();

    navigationLink(page, "Inbox (0)").click();
    assertThat(page.locator("#unread-count")).hasText("You have no unread items.");
    assertThat(page.locator("#items li").first().locator(".govuk-tag")).hasCount(0);
    linkIn(page.locator("main"), "Choose which emails you get").click();
    assertThat(heading(page)).hasText("Emails you get");
    Axe.assertNoViolations(page);

    group(page, "New messages").getByLabel("An email straight away", exactIn()).check();
    button(page, "Save choices").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices are saved.");
    group(page, "New messages").getByLabel("Daily digest", exactIn()).check();
    button(page, "Save choices").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices are saved.");
    assertThat(group(page, "New messages").getByLabel("Daily digest", exactIn())).isChecked();
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    org.assertj.core.api.Assertions.assertThat(
            preferences.of(new Pupils(context).user(mother).id()))
        .containsEntry(InboxKind.MESSAGE, EmailChoice.DIGEST)
        .containsEntry(InboxKind.MEETING, EmailChoice.IMMEDIATE);
  }
}

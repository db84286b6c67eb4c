package org.goldenthread.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.ApiClient;
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
    signIn(Pupils.SENCO);
    page.navigate("/children/" + pupil.id() + "/messages");
    page.locator("main").getByLabel("Subject", exact()).fill("Swimming on Thursday");
    page.locator("main")
        .getByLabel("Message", exact())
        .fill("Elsie will need her swimming kit on Thursday.");
    button("Send message").click();
    assertThat(heading()).hasText("Swimming on Thursday");
    signOut();
    EventPublications.awaitHandled(jdbc, pupil.id().toString());

    page.navigate("/sign-in");
    signIn(mother);
    Locator inbox = navigation().getByRole(AriaRole.LINK, name("Inbox (1)"));
    assertThat(inbox).isVisible();
    inbox.click();
    assertThat(heading()).hasText("Inbox");
    assertThat(page.locator("#unread-count")).hasText("You have 1 unread item.");
    Locator item = page.locator("#items li").first();
    assertThat(item.locator(".govuk-tag")).hasText("New");
    Axe.assertNoViolations(page);
    narrow();

    item.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("New message about Elsie " + family + ": Swimming on Thursday"))
        .click();
    assertThat(heading()).hasText("Swimming on Thursday");
    assertThat(page.locator("main")).containsText("swimming kit on Thursday");
    assertThat(navigation().getByRole(AriaRole.LINK, name("Inbox (0)"))).isVisible();

    navigation().getByRole(AriaRole.LINK, name("Inbox (0)")).click();
    assertThat(page.locator("#unread-count")).hasText("You have no unread items.");
    assertThat(page.locator("#items li").first().locator(".govuk-tag")).hasCount(0);
    page.locator("main").getByRole(AriaRole.LINK, name("Choose which emails you get")).click();
    assertThat(heading()).hasText("Emails you get");
    Axe.assertNoViolations(page);

    group("New messages").getByLabel("An email straight away", exact()).check();
    button("Save choices").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices are saved.");
    group("New messages").getByLabel("Daily digest", exact()).check();
    button("Save choices").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Your choices are saved.");
    assertThat(group("New messages").getByLabel("Daily digest", exact())).isChecked();
    Axe.assertNoViolations(page);
    narrow();

    org.assertj.core.api.Assertions.assertThat(
            preferences.of(new Pupils(context).user(mother).id()))
        .containsEntry(InboxKind.MESSAGE, EmailChoice.DIGEST)
        .containsEntry(InboxKind.MEETING, EmailChoice.IMMEDIATE);
  }

  /** At 320 px: nothing scrolls sideways, and axe still finds nothing; then back to desktop. */
  private void narrow() {
    page.setViewportSize(320, 640);
    org.assertj.core.api.Assertions.assertThat(
            page.evaluate("() => document.documentElement.scrollWidth <= 320"))
        .as("no sideways scrolling at 320 px")
        .isEqualTo(true);
    Axe.assertNoViolations(page);
    page.setViewportSize(1280, 800);
  }

  private void signIn(String email) {
    page.locator("main").getByLabel("Email address", exact()).fill(email);
    page.locator("main").getByLabel("Password", exact()).fill(ApiClient.DEMO_PASSWORD);
    button("Sign in").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
  }

  private void signOut() {
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  private Locator navigation() {
    return page.locator("#navigation");
  }

  private Locator group(String name) {
    return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
  }

  private Locator heading() {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private static Locator.GetByRoleOptions name(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}

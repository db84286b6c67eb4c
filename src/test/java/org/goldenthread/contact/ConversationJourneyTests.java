package org.goldenthread.contact;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Messages and the contact log as people use them: the SENCO starts a conversation; the mother
 * reads it (the SENCO sees that she has) and replies; the SENCO records a phone call, which the
 * mother finds in the contact log, with no form of her own. Axe at desktop and phone widths.
 */
class ConversationJourneyTests extends BrowserTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;

  @Test
  void theSencoWritesTheMotherReadsAndRepliesAndSeesTheCallInTheLog() {
    String mother = "mother+" + UUID.randomUUID() + "@conversations.example";
    Pupils.Pupil pupil =
        new Pupils(context).pupil("Erin", "Shaw").withParent(mother, "Kate Shaw").add();
    String child = "/children/" + pupil.id();

    page.navigate("/sign-in");
    signIn(Pupils.SENCO);
    page.navigate(child);
    section("Messages").getByRole(AriaRole.LINK, linkNamed("Read and send messages")).click();
    assertThat(heading()).hasText("Messages about Erin Shaw");
    button("Send message").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Give the conversation a subject");
    Axe.assertNoViolations(page);
    page.locator("main").getByLabel("Subject", exact()).fill("Erin's next review");
    page.locator("main")
        .getByLabel("Message", exact())
        .fill("Hello Kate,\nCould we meet on Friday?");
    button("Send message").click();
    assertThat(heading()).hasText("Erin's next review");
    assertThat(page.locator("#messages")).containsText("Could we meet on Friday?");
    assertThat(page.locator(".app-read-by")).hasText("Not read by anyone else yet");
    Axe.assertNoViolations(page);
    signOut();

    page.navigate("/sign-in");
    signIn(mother);
    assertThat(page.locator("#unread-messages")).containsText("1 unread message about Erin Shaw");
    page.locator("#unread-messages").getByRole(AriaRole.LINK).click();
    assertThat(page.locator("#threads .govuk-tag")).hasText("1 unread");
    link("Erin's next review").click();
    assertThat(page.locator("#messages")).containsText("Hello Kate,");
    page.locator("main").getByLabel("Your reply", exact()).fill("Yes, Friday works.\nKate");
    button("Send reply").click();
    assertThat(page.locator("#messages")).containsText("Yes, Friday works.");
    page.setViewportSize(320, 640);
    noSidewaysScrolling();
    Axe.assertNoViolations(page);
    page.setViewportSize(1280, 800);
    signOut();

    page.navigate("/sign-in");
    signIn(Pupils.SENCO);
    page.navigate(child + "/messages");
    link("Erin's next review").click();
    assertThat(page.locator(".app-read-by").first()).hasText("Read by Kate Shaw");
    page.navigate(child);
    section("Contact log").getByRole(AriaRole.LINK, linkNamed("Record a contact")).click();
    fillDate("When was it?", TODAY);
    group("How did you talk?").getByLabel("Phone call", exact()).check();
    page.locator("main").getByLabel("Who did you talk with?", exact()).fill("Kate Shaw");
    page.locator("main")
        .getByLabel("What was said", exact())
        .fill("Kate asked about Friday's review.");
    page.locator("main").getByLabel("What was agreed", exact()).fill("Meet at 9am on Friday.");
    button("Save contact").click();
    assertThat(page.locator("#contacts")).containsText("Phone call with Kate Shaw");
    assertThat(page.locator("#last-in-touch")).containsText("(a phone call)");
    Axe.assertNoViolations(page);
    signOut();

    page.navigate("/sign-in");
    signIn(mother);
    page.navigate(child);
    assertThat(section("Contact log"))
        .containsText("Last in touch: " + new Dates().date(TODAY) + " (a phone call)");
    section("Contact log").getByRole(AriaRole.LINK, linkNamed("See the contact log")).click();
    assertThat(page.locator("#contacts")).containsText("Meet at 9am on Friday.");
    assertThat(page.locator("main form")).hasCount(0);
    Axe.assertNoViolations(page);
    page.setViewportSize(320, 640);
    noSidewaysScrolling();
    Axe.assertNoViolations(page);
  }

  private void noSidewaysScrolling() {
    org.assertj.core.api.Assertions.assertThat(
            page.evaluate("() => document.documentElement.scrollWidth <= 320"))
        .as("no sideways scrolling at 320 px")
        .isEqualTo(true);
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

  private void fillDate(String legend, LocalDate date) {
    Locator dateGroup = group(legend);
    dateGroup.getByLabel("Day", exact()).fill(Integer.toString(date.getDayOfMonth()));
    dateGroup.getByLabel("Month", exact()).fill(Integer.toString(date.getMonthValue()));
    dateGroup.getByLabel("Year", exact()).fill(Integer.toString(date.getYear()));
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

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
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

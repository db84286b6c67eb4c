package org.goldenthread.contact;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.linkIn;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
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
    signInAs(page, Pupils.SENCO);
    page.navigate(child);
    linkIn(section(page, "Messages"), "Read and send messages").click();
    assertThat(heading(page)).hasText("Messages about Erin Shaw");
    button(page, "Send message").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Give the conversation a subject");
    Axe.assertNoViolations(page);
    page.locator("main").getByLabel("Subject", exactIn()).fill("Erin's next review");
    page.locator("main")
        .getByLabel("Message", exactIn())
        .fill("Hello Kate,\nCould we meet on Friday?");
    button(page, "Send message").click();
    assertThat(heading(page)).hasText("Erin's next review");
    assertThat(page.locator("#messages")).containsText("Could we meet on Friday?");
    assertThat(page.locator(".app-read-by")).hasText("Not read by anyone else yet");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    assertThat(page.locator("#unread-messages")).containsText("1 unread message about Erin Shaw");
    page.locator("#unread-messages").getByRole(AriaRole.LINK).click();
    assertThat(page.locator("#threads .govuk-tag")).hasText("1 unread");
    link(page, "Erin's next review").click();
    assertThat(page.locator("#messages")).containsText("Hello Kate,");
    page.locator("main").getByLabel("Your reply", exactIn()).fill("Yes, Friday works.\nKate");
    button(page, "Send reply").click();
    assertThat(page.locator("#messages")).containsText("Yes, Friday works.");
    checkAtPhoneWidth(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    page.navigate(child + "/messages");
    link(page, "Erin's next review").click();
    assertThat(page.locator(".app-read-by").first()).hasText("Read by Kate Shaw");
    page.navigate(child);
    linkIn(section(page, "Contact log"), "Record a contact").click();
    fillDate(page, "When was it?", TODAY);
    group(page, "How did you talk?").getByLabel("Phone call", exactIn()).check();
    page.locator("main").getByLabel("Who did you talk with?", exactIn()).fill("Kate Shaw");
    page.locator("main")
        .getByLabel("What was said", exactIn())
        .fill("Kate asked about Friday's review.");
    page.locator("main").getByLabel("What was agreed", exactIn()).fill("Meet at 9am on Friday.");
    button(page, "Save contact").click();
    assertThat(page.locator("#contacts")).containsText("Phone call with Kate Shaw");
    assertThat(page.locator("#last-in-touch")).containsText("(a phone call)");
    Axe.assertNoViolations(page);
    signOut(page);

    page.navigate("/sign-in");
    signInAs(page, mother);
    page.navigate(child);
    assertThat(section(page, "Contact log"))
        .containsText("Last in touch: " + new Dates().date(TODAY) + " (a phone call)");
    linkIn(section(page, "Contact log"), "See the contact log").click();
    assertThat(page.locator("#contacts")).containsText("Meet at 9am on Friday.");
    assertThat(page.locator("main form")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }
}

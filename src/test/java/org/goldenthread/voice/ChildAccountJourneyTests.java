package org.goldenthread.voice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.checkAtPhoneWidth;
import static org.goldenthread.browser.Journey.childOnHome;
import static org.goldenthread.browser.Journey.endsWithError;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.fillDate;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.section;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signInAs;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.browser.Axe;
import org.goldenthread.browser.BrowserTest;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17's journey for the child themself: a mother invites her 12-year-old son to an account of
 * his own (a mistyped address is shown beside its field first); he follows the link in the email,
 * chooses a password and lands on his own easy-read page, where he says how he feels. His family's
 * page, the plan, the meetings and another child are not found for him, and nothing his page offers
 * him leads to a page that is not found. The SENCO finds his view waiting on her home and answers
 * it; when he signs in again his page says "you said, we did". Axe finds nothing wrong on each
 * page, and his pages fit a 320 px screen.
 *
 * <p>The test profile keeps mail in the app's outbox (no SMTP server in the browser journeys'
 * shared application): the invitation's link is read from there, as the child would read it in the
 * mail.
 */
class ChildAccountJourneyTests extends BrowserTest {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitations/\\S+)");

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void aMotherInvitesHerSonWhoSaysHowHeFeelsAndSeesWhatTheSencoDidAboutIt() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String family = "Haddad" + tag;
    String yusuf = "Yusuf " + family;
    String mother = "mother." + tag + "@child-account.example";
    String yusufEmail = "yusuf." + tag + "@child-account.example";
    String password = "puffin lantern harbour " + tag;
    LocalDate today = LocalDate.now(clock);
    Pupils pupils = new Pupils(context);
    Pupils.Pupil pupil =
        pupils
            .pupil("Yusuf", family)
            .bornOn(today.minusYears(12).minusDays(40))
            .withParent(mother, "Rana " + family)
            .add();
    Pupils.Pupil classmate =
        pupils.pupil("Amira", "Classmate" + tag).bornOn(today.minusYears(12)).add();
    String childPath = "/children/" + pupil.id();

    // 1. The mother invites Yusuf from his page.
    page.navigate("/sign-in");
    signInAs(page, mother);
    childOnHome(page, yusuf).click();
    assertThat(heading(page)).hasText(yusuf);
    Axe.assertNoViolations(page);
    link(page, yusuf + "'s own account").click();
    assertThat(heading(page)).hasText(yusuf + "'s own account");
    Axe.assertNoViolations(page);

    Locator email = page.locator("main").getByLabel(yusuf + "'s email address", exactIn());
    email.fill("yusuf at home");
    button(page, "Send the invitation").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    String badAddress = "Enter an email address in the right format, like name@example.com";
    assertThat(errorSummary(page).getByRole(AriaRole.LINK)).hasText(badAddress);
    assertThat(email).hasAccessibleDescription(endsWithError(badAddress));
    Axe.assertNoViolations(page);

    email.fill(yusufEmail);
    button(page, "Send the invitation").click();
    assertThat(successBanner(page)).containsText("We have sent the invitation to " + yusufEmail);
    assertThat(page.locator("#account-state"))
        .containsText("We sent an invitation to " + yusufEmail);
    assertThat(page.locator("main form")).hasCount(0);
    Axe.assertNoViolations(page);
    signOut(page);

    // 2. Yusuf follows the link in his email, chooses a password and lands on his own page.
    page.navigate(invitationLink(yusufEmail));
    assertThat(heading(page)).hasText("Set up your account");
    Axe.assertNoViolations(page);
    assertThat(page.getByLabel("Your full name", exact())).hasValue(yusuf);
    page.getByLabel("Create a password", exact()).fill(password);
    page.getByLabel("Type the password again", exact()).fill(password);
    button(page, "Create account").click();
    assertThat(page).hasURL(Pattern.compile("/sign-in\\?invitationAccepted$"));
    Axe.assertNoViolations(page);
    signIn(page, yusufEmail, password);

    assertThat(page).hasURL(Pattern.compile(childPath + "/my-page$"));
    assertThat(heading(page)).hasText("My page");
    assertThat(page.locator("#adult-note")).hasCount(0);
    assertThat(page.locator("#you-said"))
        .containsText("When you tell us something, we will write here what we did.");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    Locator say = section(page, "What I want to say");
    button(page, "Send").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator("#feeling-error"))
        .containsText("Pick how you feel, or type what you want to say.");
    Axe.assertNoViolations(page);
    group(page, "How do you feel?").getByLabel("Worried", exactIn()).check();
    say.getByLabel("Tell us more", exactIn()).fill("Maths is too hard and the room is too loud.");
    button(page, "Send").click();
    assertThat(successBanner(page))
        .containsText("Thank you. We got what you said. We will tell you what we did.");
    assertThat(heading(page)).hasText("My page");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);

    // His views are his to read: the list leads back to his own page, never to the child's page
    // (not found for him), and adding one does not offer him the plan's parts or the meetings.
    page.navigate(childPath + "/views");
    assertThat(heading(page)).hasText("Views of " + yusuf + " and their family");
    assertThat(page.locator("#open-views")).containsText("Maths is too hard");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a view")).click();
    assertThat(heading(page)).hasText("Add a view");
    assertThat(page.locator("main").getByLabel("Which part of the plan", exactIn())).hasCount(0);
    assertThat(page.locator("#aboutId")).hasCount(0);
    Axe.assertNoViolations(page);
    link(page, "Back to the views").click();
    page.locator("#open-views")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The child’s view"))
        .click();
    assertThat(heading(page)).hasText("The child’s view");
    assertThat(page.locator("#response-form")).hasCount(0);
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
    link(page, "Back to the views").click();
    link(page, "Back to my page").click();
    assertThat(heading(page)).hasText("My page");

    // 3. Nothing else about him, his family or another child is there for him.
    for (String hidden :
        List.of(
            childPath,
            childPath + "/family",
            childPath + "/plan",
            childPath + "/meetings",
            childPath + "/account",
            "/children/" + classmate.id(),
            "/children/" + classmate.id() + "/my-page",
            "/children/" + classmate.id() + "/views")) {
      Response response = page.navigate(hidden);
      org.assertj.core.api.Assertions.assertThat(response.status()).as(hidden).isEqualTo(404);
      assertThat(heading(page)).hasText("Page not found");
    }
    Axe.assertNoViolations(page);

    // Whatever his own page and his views offer him (the header and menu too), and whatever those
    // pages offer in turn, opens for him (PhoneWidthTests runs axe over every page the demo child,
    // Sarah, reaches from her home).
    Set<String> offered = new LinkedHashSet<>();
    for (String own : List.of(childPath + "/my-page", childPath + "/views")) {
      page.navigate(own);
      offered.addAll(sameOriginLinks());
    }
    org.assertj.core.api.Assertions.assertThat(offered)
        .as("links on his pages")
        .contains("/", "/account", childPath + "/my-page", childPath + "/views/new");
    Set<String> reached = new LinkedHashSet<>();
    for (String path : offered) {
      Response response = page.navigate(path);
      org.assertj.core.api.Assertions.assertThat(response.status())
          .as("%s, linked from his pages", path)
          .isLessThan(400);
      reached.addAll(sameOriginLinks());
    }
    reached.removeAll(offered);
    for (String path : reached) {
      Response response = page.navigate(path);
      org.assertj.core.api.Assertions.assertThat(response.status())
          .as("%s, two links from his pages", path)
          .isLessThan(400);
    }
    page.navigate("/");
    assertThat(page).hasURL(Pattern.compile(childPath + "/my-page$"));
    signOut(page);

    // 4. The SENCO finds his view waiting and answers it.
    page.navigate("/sign-in");
    signInAs(page, Pupils.SENCO);
    assertThat(section(page, "Views waiting for a reply")).containsText(yusuf);
    Axe.assertNoViolations(page);
    section(page, "Views waiting for a reply")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("A view about " + yusuf))
        .first()
        .click();
    assertThat(heading(page)).hasText("The child’s view");
    assertThat(page.locator("#said")).containsText("Maths is too hard");
    assertThat(page.locator("#stands")).containsText("Waiting for a reply");
    Axe.assertNoViolations(page);
    page.locator("main")
        .getByLabel("What was done about it, or why not", exactIn())
        .fill("You said maths is too hard, so you will work with Mr Shah in a small quiet group.");
    page.locator("main")
        .getByLabel("How was it fed back? (optional)", exactIn())
        .fill("Talked it through at the start of the day, with pictures");
    fillDate(page, "When was it fed back?", today);
    button(page, "Save the answer").click();
    assertThat(page.locator("#stands")).containsText("Fed back");
    assertThat(page.locator("#fed-back")).containsText("Fed back on");
    Axe.assertNoViolations(page);
    signOut(page);

    // 5. Yusuf signs in again and his page says what was done.
    page.navigate("/sign-in");
    signIn(page, yusufEmail, password);
    assertThat(heading(page)).hasText("My page");
    Locator youSaid = page.locator("#you-said");
    assertThat(youSaid).containsText("You said");
    assertThat(youSaid).containsText("Maths is too hard and the room is too loud.");
    assertThat(youSaid).containsText("We did");
    assertThat(youSaid).containsText("work with Mr Shah in a small quiet group");
    Axe.assertNoViolations(page);
    checkAtPhoneWidth(page);
  }

  /** The path of the link in the newest invitation mailed to the address (the app's outbox). */
  private String invitationLink(String address) {
    List<String> bodies = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              bodies.clear();
              bodies.addAll(
                  jdbc.queryForList(
                      "select body from outbox_message where lower(recipient) = lower(?)"
                          + " and body like '%/invitations/%' order by created_at desc",
                      String.class, address));
              return !bodies.isEmpty();
            });
    Matcher matcher = LINK.matcher(bodies.get(0));
    if (!matcher.find()) {
      throw new IllegalStateException("No invitation link in the mail to " + address);
    }
    return matcher.group(1);
  }

  /**
   * The paths of the same-origin links on the page, but for signing out, files and the language
   * switcher (this same page in another language, which would keep that language on his account).
   */
  @SuppressWarnings("unchecked")
  private List<String> sameOriginLinks() {
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('a[href]:not([download])')]"
                + ".filter(a => a.origin === location.origin)"
                + ".filter(a => !a.closest('.app-language-switcher'))"
                + ".map(a => a.pathname + a.search)"
                + ".filter(p => !p.startsWith('/sign-out') && !p.startsWith('/assets/'))");
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.endsWithError;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The administrator invites a new SENCO, who follows the link in the email, sets up an account and
 * signs in; the administrator then sees the invitation accepted.
 */
class InvitationJourneyTests extends BrowserTest {

  private static final String ADMIN = "admin@goldenthread.example";
  private static final String INVITATION_SUBJECT =
      "Alex Morgan has invited you to Golden Thread at Riverside Academy";

  @Test
  void theAdministratorInvitesASencoWhoSetsUpTheirAccountAndSignsIn() {
    String email = "new.senco." + UUID.randomUUID() + "@riverside.example";
    String name = "Jordan Ellis";
    String password = "kettle lantern orchard " + UUID.randomUUID();

    // The administrator signs in and invites the new SENCO.
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);
    signIn(page, ADMIN, DEMO_PASSWORD);
    assertThat(heading(page)).containsText("Alex Morgan");
    Axe.assertNoViolations(page);

    navigationLink(page, "Invite someone").click();
    assertThat(page).hasURL(Pattern.compile("/admin/invitations/new$"));
    assertThat(heading(page)).hasText("Invite someone");
    Axe.assertNoViolations(page);

    page.getByLabel("Email address", exact()).fill(email);
    page.getByLabel("Full name", exact()).fill(name);
    Locator school =
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("School"));
    assertThat(school).hasCount(0); // each role's select shows only once the role is chosen
    page.getByLabel("SENCO (special educational needs co-ordinator)").check();
    assertThat(school).isVisible();
    school.selectOption(new SelectOption().setLabel("Riverside Academy (URN 900001)"));
    Axe.assertNoViolations(page);
    button(page, "Send invitation").click();

    assertThat(page).hasURL(Pattern.compile("/admin/invitations$"));
    assertThat(successBanner(page)).containsText("An invitation has been sent to " + email);
    Locator invitation = row(page, email);
    assertThat(invitation).containsText(name);
    assertThat(invitation).containsText("SENCO (special educational needs co-ordinator)");
    assertThat(invitation).containsText("Riverside Academy");
    assertThat(invitation).containsText("Pending");
    Axe.assertNoViolations(page);

    // The email arrives in the outbox (written just after the invitation is saved).
    navigationLink(page, "Outbox").click();
    assertThat(heading(page)).hasText("Outbox");
    Locator inOutbox = row(page, email);
    for (int attempt = 0; attempt < 20 && inOutbox.count() == 0; attempt++) {
      page.waitForTimeout(250);
      page.reload();
    }
    assertThat(inOutbox.first()).isVisible();
    Axe.assertNoViolations(page);
    inOutbox
        .first()
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(INVITATION_SUBJECT))
        .click();

    assertThat(heading(page)).hasText(INVITATION_SUBJECT);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText(email);
    Axe.assertNoViolations(page);
    Locator invitationLink =
        page.getByRole(AriaRole.MAIN)
            .getByRole(AriaRole.LINK)
            .filter(new Locator.FilterOptions().setHasText("/invitations/"));
    URI target = URI.create(invitationLink.getAttribute("href"));
    if (target.getPort() == 0) {
      // The link is built from goldenthread.base-url, http://localhost:${server.port}, and a test
      // server's configured port is 0 (a random one): follow the same path on the test server.
      page.navigate(target.getRawPath());
    } else {
      invitationLink.click();
    }

    // The new SENCO sets up their account, first with a password that is too common.
    assertThat(heading(page)).hasText("Set up your account");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText(
            "you have been invited to Golden Thread as special educational needs co-ordinator (SENCO)");
    Axe.assertNoViolations(page);
    page.getByLabel("Your full name", exact()).fill(name);
    page.getByLabel("Create a password", exact()).fill("password123");
    page.getByLabel("Type the password again", exact()).fill("password123");
    button(page, "Create account").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    String tooCommon = "This password is too common and easy to guess. Choose a different one";
    assertThat(errorSummary(page).getByRole(AriaRole.LINK)).hasText(tooCommon);
    assertThat(page.getByLabel("Create a password", exact()))
        .hasAccessibleDescription(endsWithError(tooCommon));
    Axe.assertNoViolations(page);

    page.getByLabel("Create a password", exact()).fill(password);
    page.getByLabel("Type the password again", exact()).fill(password);
    button(page, "Create account").click();

    assertThat(page).hasURL(Pattern.compile("/sign-in\\?invitationAccepted$"));
    assertThat(successBanner(page)).containsText("Your account is ready. Sign in to continue.");
    Axe.assertNoViolations(page);

    signIn(page, email, password);
    assertThat(heading(page)).hasText("Welcome, " + name);
    // The roles, not the lists of the panels below them (a SENCO's home has several).
    assertThat(page.locator("#roles").getByRole(AriaRole.LISTITEM))
        .hasText("special educational needs co-ordinator (SENCO)");
    Axe.assertNoViolations(page);

    // The administrator sees that the invitation was accepted.
    signOut(page);
    assertThat(successBanner(page)).containsText("You have signed out.");
    Axe.assertNoViolations(page);
    signIn(page, ADMIN, DEMO_PASSWORD);
    assertThat(heading(page)).containsText("Alex Morgan");
    Axe.assertNoViolations(page);
    navigationLink(page, "Invite someone").click();
    assertThat(heading(page)).hasText("Invite someone");
    Axe.assertNoViolations(page);
    link(page, "Invitations").click();
    assertThat(heading(page)).hasText("Invitations");
    assertThat(row(page, email)).containsText("Accepted");
    Axe.assertNoViolations(page);
  }
}

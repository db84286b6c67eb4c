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
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in, as people meet it: a teacher turns it on from "Your account" and then signs
 * in with a code from their app and, having lost their phone, with a recovery code; a SENCO whose
 * school requires it is asked to set it up straight after their password. Everyone is a fresh
 * account at a fresh school, so the demo accounts keep signing in with their password alone.
 */
class TwoFactorJourneyTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired JdbcClient sql;

  @Test
  void aTeacherTurnsItOnThenSignsInWithACodeAndWithARecoveryCode() {
    FreshSchool school = FreshSchool.open(context);
    String email = "teacher." + UUID.randomUUID() + "@fresh.example";
    accounts.createOrGrant(email, "Tom Teacher", DEMO_PASSWORD, Role.TEACHER, school.id());

    page.navigate("/sign-in");
    signIn(page, email, DEMO_PASSWORD);
    assertThat(heading(page)).containsText("Tom Teacher");

    navigationLink(page, "Your account").click();
    link(page, "Turn two-factor sign-in on or off").click();
    assertThat(heading(page)).hasText("Two-factor sign-in");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Two-factor sign-in is off");
    Axe.assertNoViolations(page);

    button(page, "Set up two-factor sign-in").click();
    String key = keyOnThePage();
    button(page, "Turn on two-factor sign-in").click();
    assertThat(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("Enter the 6-digit code from your authenticator app");
    Axe.assertNoViolations(page);

    page.getByLabel("6-digit code", exact()).fill(codeNow(key, 0));
    button(page, "Turn on two-factor sign-in").click();
    List<String> recoveryCodes = recoveryCodesOnThePage();
    button(page, "I have saved my recovery codes").click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Two-factor sign-in is on");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("You have 10 recovery codes left.");

    signOut(page);
    signIn(page, email, DEMO_PASSWORD);
    assertThat(page).hasURL(Pattern.compile("/sign-in/code$"));
    assertThat(heading(page)).hasText("Enter the code from your authenticator app");
    assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Sign out");
    Axe.assertNoViolations(page);

    Locator code = page.getByLabel("Enter the code from your authenticator app", exact());
    code.fill("12345");
    button(page, "Continue").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(code)
        .hasAccessibleDescription(
            endsWithError(
                "Enter the code your authenticator app shows now, or a recovery code you have not"
                    + " used before"));
    Axe.assertNoViolations(page);

    code.fill(codeNow(key, 1));
    button(page, "Continue").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Signed in as Tom Teacher");

    signOut(page);
    signIn(page, email, DEMO_PASSWORD);
    page.getByLabel("Enter the code from your authenticator app", exact())
        .fill(recoveryCodes.get(0));
    button(page, "Continue").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Signed in as Tom Teacher");

    navigationLink(page, "Your account").click();
    link(page, "Turn two-factor sign-in on or off").click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("You have 9 recovery codes left.");
    page.getByLabel("Your password", exact()).fill("not my password");
    button(page, "Turn off two-factor sign-in").click();
    assertThat(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Your password is not right");
    Axe.assertNoViolations(page);

    page.getByLabel("Your password", exact()).fill(DEMO_PASSWORD);
    button(page, "Turn off two-factor sign-in").click();
    assertThat(successBanner(page)).containsText("Two-factor sign-in is now off.");
    Axe.assertNoViolations(page);
  }

  @Test
  void aSencoWhoseSchoolRequiresItSetsItUpRightAfterTheirPassword() {
    FreshSchool school = FreshSchool.open(context);
    sql.sql("update school set staff_two_factor = true where id = ?").param(school.id()).update();

    page.navigate("/sign-in");
    signIn(page, school.senco().email(), DEMO_PASSWORD);

    assertThat(page).hasURL(Pattern.compile("/sign-in/set-up-two-factor$"));
    assertThat(heading(page)).hasText("Set up two-factor sign-in");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Your organisation requires everyone in your role");
    assertThat(page.getByRole(AriaRole.IMG))
        .hasAccessibleName(Pattern.compile("^QR code for adding Golden Thread"));
    assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Sign out");
    Axe.assertNoViolations(page);
    page.navigate("/");
    assertThat(page).hasURL(Pattern.compile("/sign-in$"));
    page.navigate("/sign-in/set-up-two-factor");

    String key = keyOnThePage();
    page.getByLabel("6-digit code", exact()).fill(codeNow(key, 0));
    button(page, "Turn on two-factor sign-in").click();

    assertThat(heading(page)).hasText("Two-factor sign-in is on");
    assertThat(page.locator("#recovery-codes li")).hasCount(10);
    assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Sign out");
    Axe.assertNoViolations(page);
    button(page, "I have saved my recovery codes").click();
    assertThat(page.getByRole(AriaRole.BANNER))
        .containsText("Signed in as " + school.senco().displayName());

    navigationLink(page, "Your account").click();
    link(page, "Turn two-factor sign-in on or off").click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("cannot be turned off");
    assertThat(button(page, "Turn off two-factor sign-in")).hasCount(0);
    Axe.assertNoViolations(page);
  }

  /** The key as typed by someone who cannot scan the QR code (the spaces do not matter). */
  private String keyOnThePage() {
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("If you cannot scan the QR code");
    return page.locator("#key").textContent().replaceAll("\\s", "");
  }

  private List<String> recoveryCodesOnThePage() {
    assertThat(heading(page)).hasText("Two-factor sign-in is on");
    Axe.assertNoViolations(page);
    return page.locator("#recovery-codes li").allTextContents();
  }

  /** What the app shows now, or in a step after now (a code is used once, so each is new). */
  private static String codeNow(String key, int stepsAhead) {
    long step = Instant.now().getEpochSecond() / 30 + stepsAhead;
    try {
      return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, step);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

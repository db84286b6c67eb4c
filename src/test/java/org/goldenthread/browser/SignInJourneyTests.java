package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in and out, and what a person sees when the details are wrong or missing. */
class SignInJourneyTests extends BrowserTest {

  private static final String SENCO = "senco@riverside.example";

  @Test
  void theSencoSignsInReachesHerHomePageAndSignsOut() {
    page.navigate("/sign-in");
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    Axe.assertNoViolations(page);

    signIn(page, SENCO, DEMO_PASSWORD);

    assertThat(page).hasURL(Pattern.compile("/$"));
    assertThat(heading(page)).containsText("Helen Carter");
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Signed in as Helen Carter");
    Axe.assertNoViolations(page);

    signOut(page);

    assertThat(page).hasURL(Pattern.compile("/sign-in\\?signedOut$"));
    assertThat(successBanner(page)).containsText("You have signed out.");
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Signed in as");
    Axe.assertNoViolations(page);
  }

  @Test
  void aWrongPasswordIsExplainedAndTheSummaryLeadsToTheEmailField() {
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);

    signIn(page, SENCO, "not-her-password-at-all");

    assertThat(page).hasTitle(Pattern.compile("^Error: Sign in to Golden Thread – Golden Thread$"));
    Locator summary = errorSummary(page);
    Locator summaryLink = summary.getByRole(AriaRole.LINK);
    assertThat(summaryLink).hasText("Enter a correct email address and password");
    assertThat(summaryLink).hasAttribute("href", "#email");
    Locator email = page.getByLabel("Email address", exact());
    assertThat(email).hasAccessibleDescription("Error: Enter a correct email address and password");
    assertThat(email).hasValue(SENCO);
    Axe.assertNoViolations(page);

    link(page, "Enter a correct email address and password").click();

    assertThat(email).isFocused();
    Axe.assertNoViolations(page);
  }

  @Test
  void anEmptyFormShowsBothProblemsInTheOrderOfThePage() {
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);

    button(page, "Sign in").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText(new String[] {"Enter your email address", "Enter your password"});
    assertThat(page.getByText(Pattern.compile("^Error: Enter your")))
        .hasText(new String[] {"Error: Enter your email address", "Error: Enter your password"});
    assertThat(page.getByLabel("Email address", exact()))
        .hasAccessibleDescription("Error: Enter your email address");
    assertThat(page.getByLabel("Password", exact()))
        .hasAccessibleDescription("Error: Enter your password");
    Axe.assertNoViolations(page);
  }
}

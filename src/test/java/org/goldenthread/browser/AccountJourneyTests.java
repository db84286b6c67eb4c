package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher looks after their own account: the name others see, and their password. The teacher is
 * a fresh account of this test's own, so that the demo accounts stay as other tests expect them.
 */
class AccountJourneyTests extends BrowserTest {

  @Autowired Accounts accounts;
  @Autowired Organisations organisations;

  private final String email = "teacher." + UUID.randomUUID() + "@riverside.example";
  private final String password = "chalk window meadow " + UUID.randomUUID();

  @BeforeEach
  void aTeacherAtRiverside() {
    SchoolSummary riverside =
        organisations.schools().stream()
            .filter(school -> school.urn().equals("900001")) // Riverside Academy
            .findFirst()
            .orElseThrow();
    accounts.createOrGrant(email, "Sam Okoro", password, Role.TEACHER, riverside.id());
  }

  @Test
  void aTeacherChangesTheirNameAndMistypesTheirCurrentPassword() {
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);
    signIn(page, email, password);
    assertThat(heading(page)).hasText("Welcome, Sam Okoro");
    Axe.assertNoViolations(page);

    navigationLink(page, "Your account").click();
    assertThat(heading(page)).hasText("Your account");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText(email);
    Axe.assertNoViolations(page);

    page.getByLabel("Full name", exact()).fill("Samuel Okoro");
    button(page, "Save name").click();

    assertThat(successBanner(page)).containsText("Your name has been saved.");
    assertThat(page.getByLabel("Full name", exact())).hasValue("Samuel Okoro");
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Signed in as Samuel Okoro");
    Axe.assertNoViolations(page);

    page.getByLabel("Current password", exact()).fill("not my password at all");
    page.getByLabel("New password", exact()).fill("lighthouse copper basket");
    page.getByLabel("Type the new password again", exact()).fill("lighthouse copper basket");
    button(page, "Change password").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Your account – Golden Thread$"));
    assertThat(errorSummary(page).getByRole(AriaRole.LINK))
        .hasText("Your current password is not right");
    assertThat(page.getByLabel("Current password", exact()))
        .hasAccessibleDescription("Error: Your current password is not right");
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Signed in as Samuel Okoro");
    Axe.assertNoViolations(page);
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.endsWithError;
import static org.goldenthread.browser.Journey.errorSummary;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator adds a school, corrects its name, and is told when a URN is not right. */
class OrganisationAdminJourneyTests extends BrowserTest {

  @BeforeEach
  void theAdministratorOpensTheOrganisations() {
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);
    signIn(page, "admin@goldenthread.example", DEMO_PASSWORD);
    assertThat(heading(page)).containsText("Alex Morgan");
    Axe.assertNoViolations(page);

    navigationLink(page, "Organisations").click();
    assertThat(heading(page)).hasText("Organisations");
    Axe.assertNoViolations(page);
  }

  @Test
  void theAdministratorAddsASchoolAndThenChangesItsName() {
    // A URN of this run's own: 6 digits, clear of the demo schools' 9000xx.
    String urn = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 900_000));
    String name = "Meadowbank Academy " + urn;
    String newName = "Meadowbank Community Academy " + urn;

    button(page, "Add a school").click();
    assertThat(heading(page)).hasText("Add a school");
    Axe.assertNoViolations(page);

    page.getByLabel("URN (unique reference number)", exact()).fill(urn);
    page.getByLabel("Name", exact()).fill(name);
    page.getByLabel("Secondary", exact()).check();
    page.getByLabel("Local authority", exact())
        .selectOption(new SelectOption().setLabel("Northshire Council"));
    button(page, "Add").click();

    assertThat(page).hasURL(Pattern.compile("/admin/organisations$"));
    assertThat(successBanner(page)).containsText(name + " has been added");
    Locator school = row(page, urn);
    assertThat(school).containsText(name);
    assertThat(school).containsText("Secondary");
    assertThat(school).containsText("Northshire Council");
    Axe.assertNoViolations(page);

    school
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change " + name))
        .click();
    assertThat(heading(page)).hasText("Change a school");
    assertThat(page.getByLabel("URN (unique reference number)", exact())).hasValue(urn);
    assertThat(page.getByLabel("Name", exact())).hasValue(name);
    Axe.assertNoViolations(page);

    page.getByLabel("Name", exact()).fill(newName);
    button(page, "Save changes").click();

    assertThat(page).hasURL(Pattern.compile("/admin/organisations$"));
    assertThat(successBanner(page)).containsText("Your changes to " + newName + " have been saved");
    assertThat(row(page, urn)).containsText(newName);
    Axe.assertNoViolations(page);
  }

  @Test
  void aUrnWithLettersInItIsExplained() {
    button(page, "Add a school").click();
    assertThat(heading(page)).hasText("Add a school");
    Axe.assertNoViolations(page);

    page.getByLabel("URN (unique reference number)", exact()).fill("12ab");
    page.getByLabel("Name", exact()).fill("Hillside Primary School");
    page.getByLabel("Primary", exact()).check();
    page.getByLabel("Local authority", exact())
        .selectOption(new SelectOption().setLabel("Northshire Council"));
    button(page, "Add").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Add a school – Golden Thread$"));
    String problem = "The URN must be 6 digits, like 118234";
    Locator summaryLink = errorSummary(page).getByRole(AriaRole.LINK);
    assertThat(summaryLink).hasText(problem);
    assertThat(summaryLink).hasAttribute("href", "#urn");
    Locator urn = page.getByLabel("URN (unique reference number)", exact());
    assertThat(urn).hasValue("12ab");
    assertThat(urn).hasAccessibleDescription(endsWithError(problem));
    assertThat(page.getByLabel("Name", exact())).hasValue("Hillside Primary School");
    Axe.assertNoViolations(page);

    summaryLink.click();
    assertThat(urn).isFocused();
  }
}

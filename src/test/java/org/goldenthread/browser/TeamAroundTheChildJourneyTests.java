package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.button;
import static org.goldenthread.browser.Journey.childOnHome;
import static org.goldenthread.browser.Journey.exact;
import static org.goldenthread.browser.Journey.exactIn;
import static org.goldenthread.browser.Journey.exactSection;
import static org.goldenthread.browser.Journey.group;
import static org.goldenthread.browser.Journey.heading;
import static org.goldenthread.browser.Journey.link;
import static org.goldenthread.browser.Journey.navigationLink;
import static org.goldenthread.browser.Journey.row;
import static org.goldenthread.browser.Journey.signIn;
import static org.goldenthread.browser.Journey.signOut;
import static org.goldenthread.browser.Journey.successBanner;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.goldenthread.child.Upn;
import org.junit.jupiter.api.Test;

/**
 * A new child's Team Around the Child, one person's task after another: the SENCO adds the child,
 * the mother and the educational psychologist; the mother follows her invitation, sees her child
 * and its team, and gives consent; the educational psychologist sees the record only while consent
 * stands.
 */
class TeamAroundTheChildJourneyTests extends BrowserTest {

  private static final String SENCO = "senco@riverside.example";
  private static final String SENCO_NAME = "Helen Carter";
  private static final String EP = "ep@eps.example";
  private static final String EP_NAME = "Dr Daniel Hughes";
  private static final String ADMIN = "admin@goldenthread.example";

  @Test
  void theSencoBuildsTheTeamAndTheParentGivesConsentForTheEducationalPsychologist() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String familyName = "Okafor" + suffix;
    String child = "Amara " + familyName;
    String parent = "Grace " + familyName;
    String parentEmail = "grace." + suffix + "@example.org";
    String parentPassword = "marmalade harbour tulip " + UUID.randomUUID();

    // 1. The SENCO adds the child, the mother (and invites her), and the team.
    page.navigate("/sign-in");
    Axe.assertNoViolations(page);
    signInAs(SENCO, DEMO_PASSWORD, SENCO_NAME);
    String childPath = addTheChild(familyName, child);
    addTheMotherAndInviteHer(child, parent, parentEmail);
    buildTheTeam();
    signOutHere();

    // 2. The administrator finds the invitation in the outbox; the mother follows its link.
    signInAs(ADMIN, DEMO_PASSWORD, "Alex Morgan");
    String invitationPath =
        invitationPath(
            parentEmail,
            child + "'s record at Riverside Academy: you are invited to Golden Thread");
    signOutHere();
    setUpTheAccount(invitationPath, parent, parentPassword);
    signInAs(parentEmail, parentPassword, parent);
    Locator yourChildren = exactSection(page, "Your children");
    assertThat(yourChildren.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
        .hasText(new String[] {child});
    assertThat(yourChildren).not().containsText("Sarah Bennett");
    assertThat(yourChildren).containsText(SENCO_NAME + ", SENCO");
    assertThat(yourChildren).containsText("2 people");
    childOnHome(page, child).click();
    assertThat(heading(page)).hasText(child);
    Locator team = exactSection(page, "Team Around the Child");
    assertThat(team.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
        .hasText(new String[] {SENCO_NAME + " Lead professional", EP_NAME});
    assertThat(team).containsText("Educational psychologist");
    assertThat(team).containsText("Waiting for consent");
    Axe.assertNoViolations(page);
    signOutHere();

    // 3. Before consent, the record does not exist for the educational psychologist.
    signInAs(EP, DEMO_PASSWORD, EP_NAME);
    assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(child);
    assertNotFound(childPath, child);
    signOutHere();

    // 4. The mother gives consent in Golden Thread, dated today.
    signInAs(parentEmail, parentPassword, parent);
    openTheConsents(child);
    assertThat(row(page, EP_NAME)).containsText("Waiting for consent");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("No consent has been recorded yet.");
    link(page, "Record consent for " + EP_NAME).click();
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("Educational psychologist. Waiting for consent.");
    recordConsent("Consent is given");
    assertThat(successBanner(page))
        .containsText("Consent given for " + EP_NAME + ": they can now see the child’s record");
    assertThat(row(page, EP_NAME).first()).containsText("Consent given");
    Locator given = row(page, "Given, In Golden Thread");
    assertThat(given).containsText(EP_NAME);
    assertThat(given).containsText(parent);
    Axe.assertNoViolations(page);
    signOutHere();

    // The educational psychologist now finds the child on their home, and sees the record.
    signInAs(EP, DEMO_PASSWORD, EP_NAME);
    childOnHome(page, child).click();
    assertThat(heading(page)).hasText(child);
    assertThat(exactSection(page, "Team Around the Child")).containsText("Consent given");
    Axe.assertNoViolations(page);
    signOutHere();

    // 5. The mother withdraws consent, and the record is closed to the educational psychologist.
    signInAs(parentEmail, parentPassword, parent);
    openTheConsents(child);
    link(page, "Record consent withdrawn for " + EP_NAME).click();
    recordConsent("Consent is withdrawn");
    assertThat(successBanner(page))
        .containsText(
            "Consent withdrawn for " + EP_NAME + ": they can no longer see the child’s record");
    assertThat(row(page, EP_NAME).first()).containsText("Consent withdrawn");
    Axe.assertNoViolations(page);
    signOutHere();

    signInAs(EP, DEMO_PASSWORD, EP_NAME);
    assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(child);
    assertNotFound(childPath, child);
  }

  /** From the SENCO's home: adds the child at Riverside; answers the path of the child's page. */
  private String addTheChild(String familyName, String child) {
    button(page, "Add a child").click();
    assertThat(heading(page)).hasText("Add a child");
    Axe.assertNoViolations(page);
    page.getByLabel("First name (legal name)", exact()).fill("Amara");
    page.getByLabel("Last name", exact()).fill(familyName);
    page.getByLabel("Day", exact()).fill("12");
    page.getByLabel("Month", exact()).fill("2");
    page.getByLabel("Year", exact()).fill("2016");
    page.getByLabel("Unique pupil number (UPN) (optional)", exact()).fill(freshUpn());
    page.getByLabel("School", exact())
        .selectOption(new SelectOption().setLabel("Riverside Academy"));
    page.getByLabel("Year group", exact()).selectOption(new SelectOption().setLabel("Year 5"));
    page.getByLabel("SEN support", exact()).check();
    page.getByLabel("Main type of need", exact()).selectOption("SLCN");
    Axe.assertNoViolations(page);
    button(page, "Add child").click();

    assertThat(successBanner(page)).containsText(child + " has been added");
    assertThat(heading(page)).hasText(child);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Riverside Academy, Year 5");
    Axe.assertNoViolations(page);
    return URI.create(page.url()).getRawPath();
  }

  /** From the child's page: adds the mother, with parental responsibility, and invites her. */
  private void addTheMotherAndInviteHer(String child, String parent, String parentEmail) {
    link(page, "See the family’s details").click();
    assertThat(heading(page)).hasText("Family");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("No parents or carers have been added");
    Axe.assertNoViolations(page);
    button(page, "Add a parent or carer").click();
    assertThat(heading(page)).hasText("Add a parent or carer");
    Axe.assertNoViolations(page);
    page.getByLabel("Full name", exact()).fill(parent);
    page.getByLabel("Relationship to the child", exact())
        .selectOption(new SelectOption().setLabel("Mother"));
    group(page, "Do they have parental responsibility?").getByLabel("Yes", exactIn()).check();
    page.getByLabel("Email address (optional)", exact()).fill(parentEmail);
    Axe.assertNoViolations(page);
    button(page, "Add to the family").click();

    assertThat(heading(page)).hasText("Family");
    assertThat(successBanner(page)).containsText(parent + " has been added to the family");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText("We will email an invitation to " + parentEmail);
    Axe.assertNoViolations(page);
    button(page, "Invite to Golden Thread " + parent).click();

    assertThat(successBanner(page)).containsText("Invitation sent to " + parentEmail);
    Axe.assertNoViolations(page);
    link(page, "Back to " + child).click();
    assertThat(heading(page)).hasText(child);
    Axe.assertNoViolations(page);
  }

  /**
   * From the child's page: the SENCO puts herself on the team and leads it, then adds the
   * educational psychologist, who waits for consent.
   */
  private void buildTheTeam() {
    link(page, "See and change the team").click();
    assertThat(heading(page)).hasText("Team Around the Child");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("No one is on the team yet.");
    Axe.assertNoViolations(page);

    addToTheTeam(SENCO, "SENCO", "Riverside Academy");
    assertThat(successBanner(page)).containsText(SENCO_NAME + " has been added to the team");
    Axe.assertNoViolations(page);
    button(page, "Make lead professional " + SENCO_NAME).click();
    assertThat(successBanner(page)).containsText(SENCO_NAME + " is now the lead professional");
    Axe.assertNoViolations(page);

    addToTheTeam(EP, "Educational psychologist", "Northshire Educational Psychology Service");
    assertThat(successBanner(page)).containsText(EP_NAME + " has been added to the team");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Waiting for consent");
    Axe.assertNoViolations(page);
  }

  /**
   * From the administrator's home: opens the newest email to this address in the outbox (the
   * invitation, whose subject names the child and the school) and answers the path of its
   * invitation link (whose host, from goldenthread.base-url, is localhost:0 in tests).
   */
  private String invitationPath(String email, String subject) {
    navigationLink(page, "Outbox").click();
    assertThat(heading(page)).hasText("Outbox");
    Locator inOutbox = row(page, email);
    for (int attempt = 0; attempt < 20 && inOutbox.count() == 0; attempt++) {
      page.waitForTimeout(250); // the email is written just after the invitation is saved
      page.reload();
    }
    assertThat(inOutbox.first()).isVisible();
    Axe.assertNoViolations(page);
    inOutbox
        .first()
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(subject))
        .click();

    assertThat(heading(page)).hasText(subject);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText(email);
    Axe.assertNoViolations(page);
    String href =
        page.getByRole(AriaRole.MAIN)
            .getByRole(AriaRole.LINK)
            .filter(new Locator.FilterOptions().setHasText("/invitations/"))
            .getAttribute("href");
    return URI.create(href).getRawPath();
  }

  /** Follows the invitation and creates the account; ends on the sign-in page. */
  private void setUpTheAccount(String invitationPath, String name, String password) {
    page.navigate(invitationPath);
    assertThat(heading(page)).hasText("Set up your account");
    assertThat(page.getByRole(AriaRole.MAIN))
        .containsText(name + ", you have been invited to Golden Thread as parent or carer.");
    Axe.assertNoViolations(page);
    page.getByLabel("Your full name", exact()).fill(name);
    page.getByLabel("Create a password", exact()).fill(password);
    page.getByLabel("Type the password again", exact()).fill(password);
    button(page, "Create account").click();

    assertThat(successBanner(page)).containsText("Your account is ready. Sign in to continue.");
    Axe.assertNoViolations(page);
  }

  /** From the parent's home: the child's page, then its consents. */
  private void openTheConsents(String child) {
    childOnHome(page, child).click();
    assertThat(heading(page)).hasText(child);
    Axe.assertNoViolations(page);
    link(page, "Consent for outside professionals").click();
    assertThat(heading(page)).hasText("Consent for outside professionals");
    Axe.assertNoViolations(page);
  }

  /** On the consent form, whose choice is already the change to make: records it today. */
  private void recordConsent(String choice) {
    assertThat(heading(page)).hasText("Consent for " + EP_NAME);
    assertThat(page.getByLabel(choice, exact())).isChecked();
    Axe.assertNoViolations(page);
    page.getByLabel("In Golden Thread", exact()).check();
    button(page, "Record consent").click();
    assertThat(heading(page)).hasText("Consent for outside professionals");
  }

  /** On the team page: adds the person with this account to the team in this role. */
  private void addToTheTeam(String email, String role, String organisation) {
    button(page, "Add someone to the team").click();
    assertThat(heading(page)).hasText("Add someone to the team");
    Axe.assertNoViolations(page);
    page.getByLabel("Email address of their Golden Thread account (optional)", exact()).fill(email);
    page.getByLabel("Role on the team", exact()).selectOption(new SelectOption().setLabel(role));
    page.getByLabel("Organisation (optional)", exact()).fill(organisation);
    Axe.assertNoViolations(page);
    button(page, "Add to the team").click();
    assertThat(heading(page)).hasText("Team Around the Child");
  }

  /** Visits the child's page and finds the not-found page, as for a child that does not exist. */
  private void assertNotFound(String childPath, String child) {
    assertEquals(404, page.navigate(childPath).status());
    assertThat(heading(page)).hasText("Page not found");
    assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(child);
    Axe.assertNoViolations(page);
  }

  /** On the sign-in page: signs in and lands on the person's home. */
  private void signInAs(String email, String password, String name) {
    assertThat(heading(page)).hasText("Sign in to Golden Thread");
    signIn(page, email, password);
    assertThat(heading(page)).hasText("Welcome, " + name);
    Axe.assertNoViolations(page);
  }

  /** Signs out with the header's button, from whatever page is showing. */
  private void signOutHere() {
    signOut(page);
    assertThat(successBanner(page)).containsText("You have signed out.");
    Axe.assertNoViolations(page);
  }

  /** A valid UPN no one has used: twelve random digits, with the check letter that fits them. */
  private static String freshUpn() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    for (char letter = 'A'; letter <= 'Z'; letter++) {
      String upn = letter + digits.toString();
      if (Upn.problem(upn).isEmpty()) {
        return upn;
      }
    }
    throw new IllegalStateException("No check letter fits " + digits);
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Steps that many journeys share, each done as a person would do it: by the words on the page. The
 * accessibility check of each page a step passes stays in the journey itself.
 */
public final class Journey {

  /** The password of every demo account (README.md). */
  public static final String DEMO_PASSWORD = "thread-demo-2026";

  private Journey() {}

  /** Fills in the sign-in page that is showing and sends it. */
  public static void signIn(Page page, String email, String password) {
    page.getByLabel("Email address", exact()).fill(email);
    page.getByLabel("Password", exact()).fill(password);
    button(page, "Sign in").click();
  }

  /** Presses the header's "Sign out" button. */
  public static void signOut(Page page) {
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  /** The button with exactly this name. */
  public static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The link with exactly this name. */
  public static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The link with exactly this name inside a part of the page (a section, a row, main, …). */
  public static Locator linkIn(Locator part, String name) {
    return part.getByRole(
        AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /**
   * The child's link in the children section of a home ("Your children", "Children whose team you
   * are on", …): the home's deadlines link to the child too.
   */
  public static Locator childOnHome(Page page, String child) {
    return page.locator("#children")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(child).setExact(true));
  }

  /** The link with exactly this name in the header's navigation. */
  public static Locator navigationLink(Page page, String name) {
    return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Signs in with the demo password, from the sign-in page that is showing, and waits for it. */
  public static void signInAs(Page page, String email) {
    page.locator("main").getByLabel("Email address", exactIn()).fill(email);
    page.locator("main").getByLabel("Password", exactIn()).fill(DEMO_PASSWORD);
    button(page, "Sign in").click();
    assertThat(page.getByRole(AriaRole.BANNER)).containsText("Sign out");
  }

  /** The region (a section with an accessible name) headed by this text. */
  public static Locator section(Page page, String heading) {
    return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading));
  }

  /**
   * The region whose accessible name is exactly this heading: {@link #section} also finds a region
   * whose heading only contains the text ("Plan" would find "Plan reviews" too).
   */
  public static Locator exactSection(Page page, String heading) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName(heading).setExact(true));
  }

  /** The group (a fieldset) whose legend is this text. */
  public static Locator group(Page page, String legend) {
    return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
  }

  /** Fills in the GOV.UK date input whose legend is this text. */
  public static void fillDate(Page page, String legend, LocalDate date) {
    Locator dateGroup = group(page, legend);
    dateGroup.getByLabel("Day", exactIn()).fill(Integer.toString(date.getDayOfMonth()));
    dateGroup.getByLabel("Month", exactIn()).fill(Integer.toString(date.getMonthValue()));
    dateGroup.getByLabel("Year", exactIn()).fill(Integer.toString(date.getYear()));
  }

  /** At 320 px wide: nothing scrolls sideways and axe finds nothing; then back to desktop width. */
  public static void checkAtPhoneWidth(Page page) {
    page.setViewportSize(320, 640);
    org.assertj.core.api.Assertions.assertThat(
            page.evaluate("() => document.documentElement.scrollWidth <= 320"))
        .as("no sideways scrolling at 320 px on " + page.url())
        .isEqualTo(true);
    Axe.assertNoViolations(page);
    page.setViewportSize(1280, 800);
  }

  /** The page's main heading. */
  public static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  /** The GOV.UK error summary ("There is a problem"). */
  public static Locator errorSummary(Page page) {
    Locator summary =
        page.getByRole(AriaRole.ALERT)
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("There is a problem"))));
    assertThat(summary).isVisible();
    return summary;
  }

  /** The success banner (a GOV.UK notification banner), whose heading is "Success". */
  public static Locator successBanner(Page page) {
    return page.getByRole(AriaRole.ALERT)
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Success"))));
  }

  /** The table row that mentions the text. */
  public static Locator row(Page page, String text) {
    return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
  }

  /**
   * The accessible description of a field whose error message is shown beside it: any hint, then
   * "Error:" and the message.
   */
  public static Pattern endsWithError(String message) {
    // Playwright runs the pattern as a JavaScript regular expression, which has no \Q…\E.
    return Pattern.compile(
        "Error:\\s+" + message.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0") + "$");
  }

  public static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }

  /** Exact label matching inside a part of the page. */
  public static Locator.GetByLabelOptions exactIn() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}

package org.goldenthread.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * Steps that many journeys share, each done as a person would do it: by the words on the page. The
 * accessibility check of each page a step passes stays in the journey itself.
 */
final class Journey {

  /** The password of every demo account (README.md). */
  static final String DEMO_PASSWORD = "thread-demo-2026";

  private Journey() {}

  /** Fills in the sign-in page that is showing and sends it. */
  static void signIn(Page page, String email, String password) {
    page.getByLabel("Email address", exact()).fill(email);
    page.getByLabel("Password", exact()).fill(password);
    button(page, "Sign in").click();
  }

  /** Presses the header's "Sign out" button. */
  static void signOut(Page page) {
    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out"))
        .click();
  }

  /** The button with exactly this name. */
  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The link with exactly this name. */
  static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /**
   * The child's link in the children section of a home ("Your children", "Children whose team you
   * are on", …): the home's deadlines link to the child too.
   */
  static Locator childOnHome(Page page, String child) {
    return page.locator("#children")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(child).setExact(true));
  }

  /** The link with exactly this name in the header's navigation. */
  static Locator navigationLink(Page page, String name) {
    return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The page's main heading. */
  static Locator heading(Page page) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
  }

  /** The GOV.UK error summary ("There is a problem"). */
  static Locator errorSummary(Page page) {
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
  static Locator successBanner(Page page) {
    return page.getByRole(AriaRole.ALERT)
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Success"))));
  }

  /** The table row that mentions the text. */
  static Locator row(Page page, String text) {
    return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
  }

  /**
   * The accessible description of a field whose error message is shown beside it: any hint, then
   * "Error:" and the message.
   */
  static Pattern endsWithError(String message) {
    // Playwright runs the pattern as a JavaScript regular expression, which has no \Q…\E.
    return Pattern.compile(
        "Error:\\s+" + message.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0") + "$");
  }

  static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }
}

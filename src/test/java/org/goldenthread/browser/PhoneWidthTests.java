package org.goldenthread.browser;

import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.signIn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page fits a phone: signed in as each demo role (the child's own account, Sarah, too;
 * Brook's SENCO for the move of school waiting for a family's answer), every page reachable from
 * its home by links ({@link SiteCrawl}) is opened 320 CSS pixels wide (a phone, or a 1280-pixel
 * window zoomed to 400 %: WCAG 1.4.10 reflow) and must pass the {@link NarrowLayout} checks (no
 * sideways scroll, nothing lost, stacked tables labelled) and axe-core's WCAG 2.2 AA rules. The
 * sign-in page is checked too ({@link PhoneSweep}). One browser context per role; the application
 * and chromium are shared with the other journeys.
 *
 * <p>A page that fails is saved (screenshot and HTML) in {@code target/browser-failures/phone/};
 * with {@code -Dgt.phone.screenshots=true} every page is, in {@code target/phone/}, to look at.
 */
class PhoneWidthTests extends BrowserTest {

  static final int PAGES_PER_ROLE = 120;

  private static final Path FAILURES = FailureScreenshots.DIRECTORY.resolve("phone");
  private static final Path SCREENSHOTS = Path.of("target", "phone");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "parent@example.org",
        "sarah@example.org",
        "senco@riverside.example",
        "senco@brook.example",
        "teacher@riverside.example",
        "salt@salt.example",
        "officer@northshire.example",
        "admin@goldenthread.example"
      })
  void everyPageOfEachRoleFitsAPhoneAndPassesAxe(String email) throws IOException {
    PhoneSweep sweep = new PhoneSweep(page, FAILURES, email.replaceAll("@.*", ""));
    if (Boolean.getBoolean("gt.phone.screenshots")) {
      sweep.savingEveryPageIn(SCREENSHOTS);
    }
    sweep.check("/sign-in");
    signIn(page, email, DEMO_PASSWORD);
    int checked = sweep.crawl(PAGES_PER_ROLE);

    List<String> failures = sweep.failures();
    if (!failures.isEmpty()) {
      throw new AssertionError(
          String.format(
              "%d of %d pages of %s do not fit %d px or break WCAG 2.2 AA:%n%s",
              failures.size(), checked, email, NarrowLayout.WIDTH, String.join("\n", failures)));
    }
  }
}

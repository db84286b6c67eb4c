package org.goldenthread.browser;

import static org.goldenthread.browser.Journey.DEMO_PASSWORD;
import static org.goldenthread.browser.Journey.signIn;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page fits a phone: signed in as each demo role (the child's own account, Sarah, too;
 * Brook's SENCO for the move of school waiting for a family's answer), every page reachable from
 * its home by links ({@link SiteCrawl}) is opened 320 CSS pixels wide (a phone, or a 1280-pixel
 * window zoomed to 400 %: WCAG 1.4.10 reflow) and must pass the {@link NarrowLayout} checks (no
 * sideways scroll, nothing lost, stacked tables labelled) and axe-core's WCAG 2.2 AA rules. The
 * sign-in page is checked too. One browser context per role; the application and chromium are
 * shared with the other journeys.
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
    page.setViewportSize(NarrowLayout.WIDTH, NarrowLayout.HEIGHT);
    List<String> failures = new ArrayList<>();
    check("/sign-in", email, failures);
    signIn(page, email, DEMO_PASSWORD);

    SiteCrawl crawl =
        new SiteCrawl((String) page.evaluate("() => location.origin"), PAGES_PER_ROLE);
    crawl.found(page.url());
    int checked = 0;
    for (Optional<String> next = crawl.next(); next.isPresent(); next = crawl.next()) {
      if (check(next.get(), email, failures)) {
        links().forEach(crawl::found);
      }
      checked++;
    }

    if (!failures.isEmpty()) {
      throw new AssertionError(
          String.format(
              "%d of %d pages of %s do not fit %d px or break WCAG 2.2 AA:%n%s",
              failures.size(), checked, email, NarrowLayout.WIDTH, String.join("\n", failures)));
    }
  }

  /**
   * Opens the page and adds what is wrong with it to the failures.
   *
   * @return whether the page opened, so that its links are worth following
   */
  private boolean check(String path, String email, List<String> failures) throws IOException {
    Response response = page.navigate(path);
    boolean opened = response != null && response.ok();
    List<String> problems = new ArrayList<>();
    if (!opened) {
      problems.add("answers " + (response == null ? "nothing" : response.status()));
    }
    problems.addAll(NarrowLayout.problems(page));
    List<Rule> violations = Axe.violationsInPageOnly(page);
    if (!violations.isEmpty()) {
      problems.add(Axe.report("", violations).replace("\n", "\n    "));
    }

    String name = email.replaceAll("@.*", "") + path.replaceAll("[^A-Za-z0-9]+", "_");
    if (!problems.isEmpty()) {
      failures.add("- " + path + ": " + String.join("; ", problems));
      FailureScreenshots.save(page, FAILURES, name);
    } else if (Boolean.getBoolean("gt.phone.screenshots")) {
      FailureScreenshots.save(page, SCREENSHOTS, name);
    }
    return opened;
  }

  @SuppressWarnings("unchecked")
  private List<String> links() {
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href)");
  }
}

package org.goldenthread.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.browser.Journey.DEMO_PASSWORD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.goldenthread.web.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page a family uses, in each language: the parent and the child chose Welsh, Polish or Urdu
 * (by their browser's language, so that their accounts keep no choice for the other journeys), and
 * every page reachable from their home ({@link SiteCrawl}), with the pages open to everyone, is in
 * that language ({@code <html lang>}, and {@code dir}), passes axe-core's WCAG 2.2 AA rules and,
 * 320 pixels wide (a 1280-pixel window at 400 % zoom), loses nothing and overlaps nothing ({@link
 * NarrowLayout}), by the same {@link PhoneSweep} as {@link PhoneWidthTests} crawls English with.
 * And Urdu is laid out right to left: the page mirrored, as a screenshot in {@code
 * target/surefire-reports/languages/} shows. Staff pages may be read in these languages too: the
 * two whose words are most at risk, the families' feedback chart and the school's costs table, are
 * opened by their staff in each.
 */
class LanguagesTests extends BrowserTest {

  @LocalServerPort int port;

  static final int PAGES_PER_PERSON = 80;
  private static final Path FAILURES = FailureScreenshots.DIRECTORY.resolve("languages");
  static final Path SCREENSHOTS = Path.of("target", "surefire-reports", "languages");

  static Stream<Arguments> familiesInEachLanguage() {
    return Stream.of(Language.WELSH, Language.POLISH, Language.URDU)
        .flatMap(
            language ->
                Stream.of("parent@example.org", "sarah@example.org")
                    .map(email -> Arguments.of(language, email)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("familiesInEachLanguage")
  void everyFamilyPageIsInTheLanguageAndPassesAxe(Language language, String email)
      throws IOException {
    readingIn(language);
    PhoneSweep sweep = sweepIn(language, email);
    for (String open : List.of("/sign-in", "/glossary", "/guidance", "/accessibility")) {
      sweep.check(open);
    }
    signInInAnyLanguage(email);
    int checked = sweep.crawl(PAGES_PER_PERSON);
    assertThat(sweep.failures())
        .as("%d pages of %s in %s", checked, email, language.ownName())
        .isEmpty();
  }

  static Stream<Arguments> staffInEachLanguage() {
    return Stream.of(Language.WELSH, Language.POLISH, Language.URDU)
        .flatMap(
            language ->
                Stream.of(
                    Arguments.of(language, "senco@riverside.example", 2),
                    Arguments.of(language, "officer@northshire.example", 1)));
  }

  /**
   * Staff pages whose words grow long in Welsh and Polish and run right to left in Urdu: families'
   * feedback counted, with its chart (the SENCO's for the school, the officer's for the authority),
   * and the school's costs of support, with its table, each opened from its link on the home of the
   * staff member it is for, and the officer's overview with its bar charts, in that language, 320
   * pixels wide.
   */
  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("staffInEachLanguage")
  void theFeedbackChartAndTheCostsFitAPhoneInEachLanguage(
      Language language, String email, int pages) throws IOException {
    readingIn(language);
    PhoneSweep sweep = sweepIn(language, email);
    signInInAnyLanguage(email);
    @SuppressWarnings("unchecked")
    List<String> links =
        (List<String>)
            page.evaluate(
                "() => [...document.querySelectorAll('#families-feedback a, #school-costs a')]"
                    + ".map(a => new URL(a.href).pathname)");
    assertThat(links).as("the feedback and costs links on the home of %s", email).hasSize(pages);

    for (String link : links) {
      sweep.check(link);
      if (link.endsWith("/feedback")) {
        assertChartReadsInTheDirectionOf(language, link);
        FailureScreenshots.save(
            page, SCREENSHOTS, language.tag() + "-" + email.replaceAll("@.*", "") + "-feedback");
      }
    }
    if (email.startsWith("officer")) {
      // The authority's overview, with its bar charts of months and schools.
      sweep.check("/overview");
      FailureScreenshots.save(page, SCREENSHOTS, language.tag() + "-officer-overview");
    }
    assertThat(sweep.failures()).as("staff pages of %s in %s", email, language.ownName()).isEmpty();
  }

  /**
   * The feedback chart starts on the side its language starts: every label at that edge of the
   * chart, and each bar's first share (yes) there too.
   */
  private void assertChartReadsInTheDirectionOf(Language language, String link) {
    @SuppressWarnings("unchecked")
    List<Number> gaps =
        (List<Number>)
            page.evaluate(
                """
                rtl => {
                  const svg = document.querySelector('figure svg[role=img]');
                  const chart = svg.getBoundingClientRect();
                  const gap = box => rtl ? chart.right - box.right : box.left - chart.left;
                  const labels = [...svg.querySelectorAll('text:not([text-anchor=middle])')];
                  const firstShares = [...svg.querySelectorAll('g > g')]
                      .map(bar => bar.querySelector('rect')).filter(r => r);
                  return [...labels, ...firstShares].map(e => gap(e.getBoundingClientRect()));
                }
                """,
                language.rightToLeft());
    assertThat(gaps).as("labels and bars of the chart on %s", link).isNotEmpty();
    assertThat(gaps)
        .as(
            "how far the chart's labels and bars start from its %s edge on %s",
            language.rightToLeft() ? "right-hand" : "left-hand", link)
        .allSatisfy(gap -> assertThat(gap.doubleValue()).isBetween(-1.0, 2.0));
  }

  @Test
  void urduIsLaidOutRightToLeft() throws IOException {
    readingIn(Language.URDU);
    page.setViewportSize(1280, 900);
    signInInAnyLanguage("parent@example.org");

    assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
    assertThat(page.evaluate("() => getComputedStyle(document.body).direction")).isEqualTo("rtl");
    BoundingBox name = page.locator(".govuk-generic-header__homepage-link").boundingBox();
    BoundingBox switcher = page.locator(".app-language-switcher").boundingBox();
    assertThat(name.x).as("the product name starts the header, on the right").isGreaterThan(640);
    assertThat(switcher.x + switcher.width).as("the switcher ends it, on the left").isLessThan(640);
    BoundingBox heading = page.locator("main h1").boundingBox();
    assertThat(heading.x + heading.width)
        .as("the heading keeps to the right-hand margin")
        .isGreaterThan(900);
    FailureScreenshots.save(page, SCREENSHOTS, "urdu-home");

    readingIn(Language.ENGLISH);
    page.setViewportSize(1280, 900);
    signInInAnyLanguage("parent@example.org");
    assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
    assertThat(page.locator(".govuk-generic-header__homepage-link").boundingBox().x)
        .as("in English the product name is on the left")
        .isLessThan(640);
    FailureScreenshots.save(page, SCREENSHOTS, "english-home");
  }

  /**
   * A browser whose language is this one (its {@code Accept-Language}), in place of the test's own:
   * closed with the test's, whose page it takes.
   */
  private void readingIn(Language language) {
    BrowserContext browser =
        page.context()
            .browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setLocale(language.tag())
                    .setBaseURL("http://localhost:" + port));
    page.context().onClose(closed -> browser.close());
    page = browser.newPage();
    page.setDefaultTimeout(15_000);
  }

  /** Signs in by the form's fields, whatever language their labels are in. */
  private void signInInAnyLanguage(String email) {
    page.navigate("/sign-in");
    page.locator("input[name=email]").fill(email);
    page.locator("input[name=password]").fill(DEMO_PASSWORD);
    page.locator("input[name=password]").press("Enter");
    page.waitForURL(url -> !url.contains("/sign-in"));
  }

  /**
   * A sweep of pages at phone width ({@link PhoneSweep}) that also finds each page in the language:
   * its {@code <html lang>} and {@code dir}.
   */
  private PhoneSweep sweepIn(Language language, String email) {
    return new PhoneSweep(page, FAILURES, language.tag() + "-" + email.replaceAll("@.*", ""))
        .alsoChecking(
            shown -> {
              String lang = shown.getAttribute("html", "lang");
              String dir = shown.getAttribute("html", "dir");
              return language.tag().equals(lang) && language.direction().equals(dir)
                  ? List.of()
                  : List.of("html lang=" + lang + " dir=" + dir);
            });
  }
}

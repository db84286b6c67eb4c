package org.goldenthread.browser;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages opened one after another 320 pixels wide, each checked and what is wrong with it kept: it
 * must answer, pass the {@link NarrowLayout} checks and axe-core's WCAG 2.2 AA rules, and any check
 * of the sweep's own ({@link #alsoChecking}). A page with problems is saved (screenshot and HTML)
 * for the person fixing it. The pages are given ({@link #check}), or found by following links from
 * the page showing ({@link #crawl}, a {@link SiteCrawl}).
 */
final class PhoneSweep {

  /** A check of the sweep's own: what is wrong with the page showing, nothing when it is right. */
  interface Check {
    List<String> problems(Page page);
  }

  private final Page page;
  private final Path failuresIn;
  private final String name;
  private final List<String> failures = new ArrayList<>();
  private Check own = page -> List.of();
  private Path everyPageIn;

  /**
   * A sweep in this page, made 320 pixels wide; a page that fails is saved in {@code failuresIn} as
   * the name and its path.
   */
  PhoneSweep(Page page, Path failuresIn, String name) {
    this.page = page;
    this.failuresIn = failuresIn;
    this.name = name;
    page.setViewportSize(NarrowLayout.WIDTH, NarrowLayout.HEIGHT);
  }

  /** Checks each page with this check too. */
  PhoneSweep alsoChecking(Check check) {
    this.own = check;
    return this;
  }

  /** Saves every page, right or not, in the directory, to look at. */
  PhoneSweep savingEveryPageIn(Path directory) {
    this.everyPageIn = directory;
    return this;
  }

  /**
   * Opens the page and adds what is wrong with it to the failures.
   *
   * @return whether the page opened, so that its links are worth following
   */
  boolean check(String path) throws IOException {
    Response response = page.navigate(path);
    boolean opened = response != null && response.ok();
    List<String> problems = new ArrayList<>();
    if (!opened) {
      problems.add("answers " + (response == null ? "nothing" : response.status()));
    }
    problems.addAll(own.problems(page));
    problems.addAll(NarrowLayout.problems(page));
    List<Rule> violations = Axe.violationsInPageOnly(page);
    if (!violations.isEmpty()) {
      problems.add(Axe.report("", violations).replace("\n", "\n    "));
    }
    String saved = name + path.replaceAll("[^A-Za-z0-9]+", "_");
    if (!problems.isEmpty()) {
      failures.add("- " + path + ": " + String.join("; ", problems));
      FailureScreenshots.save(page, failuresIn, saved);
    } else if (everyPageIn != null) {
      FailureScreenshots.save(page, everyPageIn, saved);
    }
    return opened;
  }

  /**
   * Checks every page reachable by links from the page showing, at most {@code limit} of them.
   *
   * @return how many pages it checked
   */
  int crawl(int limit) throws IOException {
    SiteCrawl crawl = new SiteCrawl((String) page.evaluate("() => location.origin"), limit);
    crawl.found(page.url());
    int checked = 0;
    for (Optional<String> next = crawl.next(); next.isPresent(); next = crawl.next()) {
      if (check(next.get())) {
        links().forEach(crawl::found);
      }
      checked++;
    }
    return checked;
  }

  /** What was wrong, a line for each page: empty when every page was right. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  @SuppressWarnings("unchecked")
  private List<String> links() {
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href)");
  }
}

package org.goldenthread.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** Accessibility checks with axe-core: WCAG 2.2 level AA, as every journey must meet. */
public final class Axe {

  /** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Axe() {}

  /**
   * Fails, listing each violation (rule, impact, help and the elements it found), if the page as it
   * is now breaks a WCAG 2.2 AA rule that axe-core can test. Check each state of the page that
   * matters: after an error, with a section open.
   */
  public static void assertNoViolations(Page page) {
    List<Rule> violations = violations(page);
    if (!violations.isEmpty()) {
      throw new AssertionError(report(page.url(), violations));
    }
  }

  /** The WCAG 2.2 AA violations on the page as it is now. */
  public static List<Rule> violations(Page page) {
    return violations(new AxeBuilder(page));
  }

  /**
   * The same violations, found in about half the time by running axe-core in the page itself
   * (axe-core-playwright's legacy mode) instead of gathering results from each frame and combining
   * them in a new page. Our pages have no frames, so nothing is missed; for sweeps that check
   * hundreds of pages.
   */
  public static List<Rule> violationsInPageOnly(Page page) {
    return violations(new AxeBuilder(page).setLegacyMode(true));
  }

  private static List<Rule> violations(AxeBuilder axe) {
    AxeResults results = axe.withTags(WCAG_22_AA).analyze();
    if (results.isErrored()) {
      throw new IllegalStateException(
          "axe-core could not check the page: " + results.getErrorMessage());
    }
    return results.getViolations();
  }

  static String report(String url, List<Rule> violations) {
    StringBuilder report =
        new StringBuilder()
            .append(violations.size())
            .append(
                violations.size() == 1 ? " accessibility violation" : " accessibility violations")
            .append(" (WCAG 2.2 AA) on ")
            .append(url)
            .append(':');
    for (Rule rule : violations) {
      report
          .append("\n- ")
          .append(rule.getId())
          .append(" [")
          .append(rule.getImpact())
          .append("] ")
          .append(rule.getHelp())
          .append(" (")
          .append(rule.getHelpUrl())
          .append(')');
      for (CheckedNode node : rule.getNodes()) {
        report.append("\n    ").append(target(node.getTarget()));
      }
    }
    return report.toString();
  }

  /**
   * A CSS selector for the element, or for an element inside frames or shadow roots the selectors
   * from the outermost document in.
   */
  private static String target(Object target) {
    if (target instanceof List<?> selectors) {
      return selectors.stream().map(Axe::target).collect(Collectors.joining(" >>> "));
    }
    return String.valueOf(target);
  }
}

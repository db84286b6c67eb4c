package org.goldenthread.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;

/**
 * A person at the keyboard alone, with no mouse: Tab and Shift+Tab, Enter, Space, arrow keys and
 * typing. Every stop that Tab reaches is checked as a sighted keyboard user needs it: on screen,
 * not hidden, and with a visible focus indicator (GOV.UK's yellow, as a background, a box shadow or
 * an outline, or any other solid outline), and a failure lists the path focus took.
 */
final class Keyboard {

  /**
   * Why the focused element would fail a sighted keyboard user, or null. A radio or checkbox shows
   * its focus on its label's circle or box (GOV.UK draws them with ::before and ::after).
   */
  private static final String FOCUS_PROBLEM =
      """
      () => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'focus left the page';
        const box = el.getBoundingClientRect();
        if (box.width < 2 || box.height < 2 || !el.checkVisibility({visibilityProperty: true})) {
          return 'is hidden';
        }
        if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) {
          return 'is off screen';
        }
        const yellow = 'rgb(255, 221, 0)';
        const styles = [getComputedStyle(el)];
        for (const label of el.labels ?? []) {
          styles.push(getComputedStyle(label, '::before'), getComputedStyle(label, '::after'));
        }
        const shows = s => s.backgroundColor === yellow || s.boxShadow.includes(yellow)
            || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
                && !/transparent|rgba\\(.*, 0\\)/.test(s.outlineColor));
        return styles.some(shows) ? null : 'has no visible focus indicator';
      }
      """;

  /** The focused element as a person would name it: its tag, id and label or text. */
  private static final String DESCRIBE_FOCUS =
      """
      () => {
        const el = document.activeElement;
        if (!el || el === document.body) return '(the page itself)';
        const name = el.getAttribute('aria-label')
            || [...(el.labels ?? [])].map(label => label.innerText).join(' ')
            || el.innerText || el.value || '';
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + ' "' + name.replace(/\\s+/g, ' ').trim().slice(0, 80) + '"';
      }
      """;

  private final Page page;

  Keyboard(Page page) {
    this.page = page;
  }

  /**
   * On a page just opened, with nothing focused yet: the first Tab reaches the skip link, and Enter
   * on it moves focus to the main content (GOV.UK's skip link script).
   */
  void skipToMain() {
    page.keyboard().press("Tab");
    assertThat(isFocused(link("Skip to main content")))
        .as("the first Tab on %s reaches the skip link, not %s", page.url(), describeFocus())
        .isTrue();
    assertFocusIsVisible();
    page.keyboard().press("Enter");
    assertThat(page.evaluate("() => document.activeElement.id"))
        .as("Enter on the skip link moves focus to the main content of " + page.url())
        .isEqualTo("main-content");
  }

  /** Presses Tab until the target has focus, each stop on the way visible and on screen. */
  void tabTo(Locator target, int mostTabs) {
    moveTo("Tab", target, mostTabs);
  }

  /** Presses Shift+Tab until the target has focus, each stop on the way visible and on screen. */
  void shiftTabTo(Locator target, int mostTabs) {
    moveTo("Shift+Tab", target, mostTabs);
  }

  private void moveTo(String key, Locator target, int mostPresses) {
    List<String> path = new ArrayList<>();
    for (int presses = 0; presses < mostPresses; presses++) {
      page.keyboard().press(key);
      path.add(describeFocus());
      String problem = (String) page.evaluate(FOCUS_PROBLEM);
      if (problem != null) {
        fail("On %s, %s %s. Focus went: %s", page.url(), describeFocus(), problem, path);
      }
      if (isFocused(target)) {
        return;
      }
    }
    fail(
        "On %s, %d × %s did not reach %s. Focus went: %s",
        page.url(), mostPresses, key, target, path);
  }

  /**
   * In a radio group whose radio has focus: presses the arrow key (which moves focus and checks the
   * radio) until the named radio is checked.
   */
  void arrowToRadio(String key, String label, int mostPresses) {
    Locator radio = radio(label);
    for (int presses = 0; presses < mostPresses && !isFocused(radio); presses++) {
      page.keyboard().press(key);
      assertFocusIsVisible();
    }
    assertThat(isFocused(radio)).as("%s reaches the radio %s", key, label).isTrue();
    assertThat(radio.isChecked()).as("the focused radio %s is chosen", label).isTrue();
  }

  /** Presses the key that sends the person to another page, and waits until it has loaded. */
  void pressToLeave(String key) {
    page.evaluate("() => window.keyboardLeftThisPage = true");
    page.keyboard().press(key);
    page.waitForCondition(this::onANewPage);
    page.waitForLoadState();
  }

  void press(String key) {
    page.keyboard().press(key);
  }

  void type(String text) {
    page.keyboard().type(text);
  }

  /** The focused element is on screen and its focus can be seen. */
  void assertFocusIsVisible() {
    assertThat((String) page.evaluate(FOCUS_PROBLEM))
        .as("on %s, %s", page.url(), describeFocus())
        .isNull();
  }

  /** Focus is on the target (or one of the elements it finds), on screen and visible. */
  void assertFocusOn(Locator target) {
    assertThat(isFocused(target)).as("focus is on %s, not %s", target, describeFocus()).isTrue();
    assertFocusIsVisible();
  }

  private boolean isFocused(Locator target) {
    return (Boolean) target.evaluateAll("elements => elements.includes(document.activeElement)");
  }

  private String describeFocus() {
    return (String) page.evaluate(DESCRIBE_FOCUS);
  }

  Locator link(String name) {
    return page.getByRole(AriaRole.LINK, exactName(name));
  }

  Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, exactName(name));
  }

  /** The form field in the main content with exactly this label. */
  Locator field(String label) {
    return page.locator("main").getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }

  Locator radio(String label) {
    return page.getByRole(AriaRole.RADIO, exactName(label));
  }

  private boolean onANewPage() {
    try {
      return (Boolean)
          page.evaluate("() => !window.keyboardLeftThisPage && document.readyState === 'complete'");
    } catch (PlaywrightException navigating) {
      return false;
    }
  }

  private static Page.GetByRoleOptions exactName(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }
}

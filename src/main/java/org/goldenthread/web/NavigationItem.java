package org.goldenthread.web;

import java.util.function.Supplier;

/**
 * One link in the service navigation.
 *
 * @param href the path the link goes to
 * @param textKey the message key of the link text
 * @param current this is the page being shown ({@code aria-current="page"})
 * @param active the page being shown is within this link's section ({@code aria-current="true"})
 * @param counter works out the number the text shows (its {0}) when the link is shown, or null
 */
public record NavigationItem(
    String href, String textKey, boolean current, boolean active, Supplier<Long> counter) {

  public NavigationItem(String href, String textKey, boolean current, boolean active) {
    this(href, textKey, current, active, null);
  }

  static NavigationItem of(String href, String textKey, String currentPath) {
    return of(new NavigationLink(href, textKey), currentPath);
  }

  static NavigationItem of(NavigationLink link, String currentPath) {
    String href = link.href();
    boolean current = href.equals(currentPath);
    boolean within = !"/".equals(href) && currentPath.startsWith(href + "/");
    return new NavigationItem(href, link.textKey(), current, current || within, link.counter());
  }

  /** The number the text shows, worked out now; null for a link with none. */
  public Long count() {
    return counter == null ? null : counter.get();
  }

  /** The value of {@code aria-current}, or null when the link is not marked. */
  public String ariaCurrent() {
    if (current) {
      return "page";
    }
    return active ? "true" : null;
  }
}

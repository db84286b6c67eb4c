package org.goldenthread.web;

/**
 * One link in the service navigation.
 *
 * @param href the path the link goes to
 * @param textKey the message key of the link text
 * @param current this is the page being shown ({@code aria-current="page"})
 * @param active the page being shown is within this link's section ({@code aria-current="true"})
 */
public record NavigationItem(String href, String textKey, boolean current, boolean active) {

  static NavigationItem of(String href, String textKey, String currentPath) {
    boolean current = href.equals(currentPath);
    boolean within = !"/".equals(href) && currentPath.startsWith(href + "/");
    return new NavigationItem(href, textKey, current, current || within);
  }

  /** The value of {@code aria-current}, or null when the link is not marked. */
  public String ariaCurrent() {
    if (current) {
      return "page";
    }
    return active ? "true" : null;
  }
}

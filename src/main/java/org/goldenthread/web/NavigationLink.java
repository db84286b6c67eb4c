package org.goldenthread.web;

/**
 * A link that a {@link NavigationContributor} puts in the service navigation. The layout marks it
 * when the page shown is, or is within, {@code href} (see {@link NavigationItem}).
 *
 * @param href the path the link goes to
 * @param textKey the message key of the link text
 * @param count a number the text shows (its {0}: "Inbox (3)"), or null
 */
public record NavigationLink(String href, String textKey, Long count) {

  public NavigationLink(String href, String textKey) {
    this(href, textKey, null);
  }
}

package org.goldenthread.web;

import java.util.function.Supplier;

/**
 * A link that a {@link NavigationContributor} puts in the service navigation. The layout marks it
 * when the page shown is, or is within, {@code href} (see {@link NavigationItem}).
 *
 * @param href the path the link goes to
 * @param textKey the message key of the link text
 * @param counter works out a number the text shows (its {0}: "Inbox (3)"), asked only when the link
 *     is shown (never for a download or a redirect); null for a link with no number
 */
public record NavigationLink(String href, String textKey, Supplier<Long> counter) {

  public NavigationLink(String href, String textKey) {
    this(href, textKey, null);
  }
}

package org.goldenthread.web;

import java.util.Map;

/**
 * A part of a page that another capability supplies: the plan's summary or the meetings on a
 * child's page, the actions due on a home. The page renders the fragment {@code panel(data)} of
 * {@code template} with {@code data}, and lists {@code labelKey} (a message key) in its contents,
 * linking to {@code anchor} (the id of the panel's section).
 */
public record PagePanel(String anchor, String labelKey, String template, Map<String, Object> data) {

  public PagePanel {
    data = Map.copyOf(data);
  }
}

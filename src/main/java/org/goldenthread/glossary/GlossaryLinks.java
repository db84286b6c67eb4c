package org.goldenthread.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unbescape.html.HtmlEscape;

/**
 * The glossary's words on one page: {@code #glossary.link(text)} in a template answers the text
 * made safe for HTML, with the first use on the page of each glossary term made a link to its
 * explanation at {@code /glossary/{slug}}. A term already linked higher up the page stays plain
 * text, so each term links exactly once per page. Everything in the text is escaped; the only
 * markup in the answer is our own links. One is made for each page view (Thymeleaf keeps it for the
 * whole template, fragments included) and remembers what it has linked.
 */
public final class GlossaryLinks {

  static final String PATH = "/glossary/";

  private final TermIndex index;
  private final Set<String> linked = new HashSet<>();

  GlossaryLinks(TermIndex index) {
    this.index = index == null ? TermIndex.EMPTY : index;
  }

  /** The text as safe HTML, its terms' first uses on this page linked; empty for none. */
  public String link(Object text) {
    if (text == null) {
      return "";
    }
    String words = text.toString();
    List<TermIndex.Found> found = index.find(words);
    if (found.isEmpty()) {
      return escape(words);
    }
    StringBuilder html = new StringBuilder(words.length() + 64 * found.size());
    int last = 0;
    for (TermIndex.Found term : found) {
      html.append(escape(words.substring(last, term.start())));
      String written = escape(words.substring(term.start(), term.end()));
      if (linked.add(term.slug())) {
        html.append("<a class=\"govuk-link\" href=\"")
            .append(PATH)
            .append(term.slug())
            .append("\">")
            .append(written)
            .append("</a>");
      } else {
        html.append(written);
      }
      last = term.end();
    }
    html.append(escape(words.substring(last)));
    return html.toString();
  }

  /** The text escaped exactly as {@code th:text} escapes it (only what HTML needs). */
  private static String escape(String text) {
    return HtmlEscape.escapeHtml4Xml(text);
  }

  /**
   * Counts the term as linked already, so that it is never linked on this page: the term's own
   * page, or a place that links it itself. Answers an empty string, to use in {@code th:text}.
   */
  public String linked(String slug) {
    if (slug != null) {
      linked.add(slug);
    }
    return "";
  }

  /** Whether a term has been linked on this page already. */
  public boolean isLinked(String slug) {
    return linked.contains(slug);
  }
}

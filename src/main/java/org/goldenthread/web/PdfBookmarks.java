package org.goldenthread.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A PDF's bookmarks (its outline, the table of contents viewers show beside it), made from its
 * headings so that no template writes them by hand: each {@code <h2>} is a bookmark and each {@code
 * <h3>} one inside the {@code <h2>} before it. The {@code <h1>} is the document's title. A heading
 * with no id is given one, for the bookmark to point at.
 */
final class PdfBookmarks {

  private static final int LONGEST = 100;

  private PdfBookmarks() {}

  static void addFromHeadings(Document document) {
    Element bookmarks = new Element("bookmarks");
    Element section = null;
    int count = 0;
    for (Element heading : document.body().select("h2, h3")) {
      count++;
      if (heading.id().isEmpty()) {
        heading.id("pdf-heading-" + count);
      }
      Element bookmark =
          new Element("bookmark").attr("name", name(heading)).attr("href", "#" + heading.id());
      if (heading.nameIs("h2") || section == null) {
        bookmarks.appendChild(bookmark);
        section = heading.nameIs("h2") ? bookmark : section;
      } else {
        section.appendChild(bookmark);
      }
    }
    if (count > 0) {
      document.head().appendChild(bookmarks);
    }
  }

  private static String name(Element heading) {
    String text = heading.text().strip();
    return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1).strip() + "…";
  }
}

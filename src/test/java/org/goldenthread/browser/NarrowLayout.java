package org.goldenthread.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page must do at phone width: not scroll sideways, show everything it shows on a wide
 * screen, draw no words over others nor past the edge of a drawing, and give each cell of a stacked
 * table its column's label and table role. Each check answers its problems in words, none when the
 * page is right.
 */
final class NarrowLayout {

  static final int WIDTH = 320;
  static final int HEIGHT = 640;
  static final int WIDE = 1280;

  /**
   * How far the page reaches past the viewport, with the innermost elements that stick out, or null
   * when it fits (1 pixel of rounding allowed).
   */
  private static final String OVERFLOW =
      """
      () => {
        const root = document.documentElement;
        const width = root.clientWidth;
        if (root.scrollWidth <= width + 1) return null;
        const wide = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 1);
        const innermost = wide.filter(e => !wide.some(o => o !== e && e.contains(o)));
        const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + [...e.classList].map(c => '.' + c).join('')
            + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
        return 'scrolls sideways to ' + root.scrollWidth + ' px: '
            + innermost.slice(0, 5).map(name).join(', ');
      }
      """;

  /**
   * For each stacked table: every part carries its ARIA role, and every body cell under a column
   * with a visible header carries that header as its data-label (a cell spanning columns, or an
   * empty one, may go without).
   */
  private static final String STACKED_TABLES =
      """
      () => [...document.querySelectorAll('table.app-table--stacked')].flatMap(table => {
        const words = e => e.textContent.trim().replace(/\\s+/g, ' ');
        const name = 'table "' + (table.caption ? words(table.caption) : table.id) + '"';
        const problems = [table, ...table.querySelectorAll('thead, tbody, tfoot, tr, th, td')]
            .filter(e => !e.getAttribute('role'))
            .map(e => name + ': a ' + e.tagName.toLowerCase() + ' without its role');
        const headers = [...table.tHead.rows[0].cells]
            .map(th => th.querySelector('.govuk-visually-hidden') ? null : words(th));
        for (const row of [...table.tBodies].flatMap(b => [...b.rows])
            .concat(table.tFoot ? [...table.tFoot.rows] : [])) {
          let column = 0;
          for (const cell of row.cells) {
            const label = cell.getAttribute('data-label');
            if (label !== null && label !== headers[column]) {
              problems.push(name + ': "' + label + '" over the column "' + headers[column] + '"');
            }
            if (label === null && cell.tagName === 'TD' && cell.colSpan === 1
                && headers[column] && words(cell)) {
              problems.push(name + ': "' + words(cell).slice(0, 40) + '" without the label "'
                  + headers[column] + '"');
            }
            column += cell.colSpan;
          }
        }
        return problems;
      })
      """;

  /**
   * Words drawn over other words: each run of text on the page (a text node's box on each line it
   * takes), against every other run; two that share more than a sliver (a third of the smaller
   * one's height, 4 pixels across) overlap. Text hidden (in a closed details too), or in a box too
   * small to be seen (the visually hidden text for screen readers, the skip link until it has
   * focus), is left out.
   */
  private static final String OVERLAPS =
      """
      () => {
        const runs = [];
        const unseen = element => {
          for (let e = element; e; e = e.parentElement) {
            const box = e.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) return true;
          }
          return false;
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent.trim()) continue;
          const style = getComputedStyle(node.parentElement);
          const closed = node.parentElement.closest('details:not([open])');
          if (closed && !node.parentElement.closest('summary')) continue;
          if (style.visibility === 'hidden' || unseen(node.parentElement)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects()) {
            if (box.width >= 2 && box.height >= 2) runs.push({ box, node });
          }
        }
        const problems = [];
        for (let i = 0; i < runs.length && problems.length < 5; i++) {
          for (let j = i + 1; j < runs.length && problems.length < 5; j++) {
            const a = runs[i].box, b = runs[j].box;
            if (runs[i].node === runs[j].node) continue;
            const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (across > 4 && down > Math.min(a.height, b.height) / 3) {
              const words = n => '"' + n.textContent.trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
              problems.push('text overlaps: ' + words(runs[i].node) + ' and ' + words(runs[j].node));
            }
          }
        }
        return problems;
      }
      """;

  /**
   * Words of a drawing (an SVG chart) that reach past its edges, where they are cut off: a label
   * too long for its place, or drawn from the wrong side in a right-to-left page.
   */
  private static final String CUT_OFF =
      """
      () => [...document.querySelectorAll('svg text')].flatMap(text => {
        const svg = text.ownerSVGElement.getBoundingClientRect();
        const box = text.getBoundingClientRect();
        if (box.width === 0 || (box.left >= svg.left - 1 && box.right <= svg.right + 1
            && box.top >= svg.top - 1 && box.bottom <= svg.bottom + 1)) {
          return [];
        }
        return ['cut off by the edge of its drawing: "'
            + text.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"'];
      })
      """;

  private static final String MAIN_TEXT =
      "() => document.querySelector('main').innerText.replace(/\\s+/g, ' ').trim()";

  private NarrowLayout() {}

  /** Everything wrong with the page as it is shown now, at {@link #WIDTH}. */
  static List<String> problems(Page page) {
    List<String> problems = new ArrayList<>();
    Object overflow = page.evaluate(OVERFLOW);
    if (overflow != null) {
      problems.add(overflow.toString());
    }
    @SuppressWarnings("unchecked")
    List<String> tables = (List<String>) page.evaluate(STACKED_TABLES);
    problems.addAll(tables);
    @SuppressWarnings("unchecked")
    List<String> overlaps = (List<String>) page.evaluate(OVERLAPS);
    problems.addAll(overlaps);
    @SuppressWarnings("unchecked")
    List<String> cutOff = (List<String>) page.evaluate(CUT_OFF);
    problems.addAll(cutOff);
    String lost = textLost(page);
    if (lost != null) {
      problems.add(lost);
    }
    return problems;
  }

  /**
   * Compares the words of the page's main content at phone width and on a wide screen: where they
   * part, or null when nothing is lost on the phone.
   */
  private static String textLost(Page page) {
    String narrow = (String) page.evaluate(MAIN_TEXT);
    page.setViewportSize(WIDE, HEIGHT);
    String wide = (String) page.evaluate(MAIN_TEXT);
    page.setViewportSize(WIDTH, HEIGHT);
    if (narrow.equals(wide)) {
      return null;
    }
    int same = 0;
    while (same < Math.min(narrow.length(), wide.length())
        && narrow.charAt(same) == wide.charAt(same)) {
      same++;
    }
    return "shows other words than on a wide screen, from \""
        + wide.substring(same, Math.min(wide.length(), same + 60))
        + "\" (at "
        + WIDTH
        + " px: \""
        + narrow.substring(same, Math.min(narrow.length(), same + 60))
        + "\")";
  }
}

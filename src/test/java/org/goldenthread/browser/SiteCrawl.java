package org.goldenthread.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages a signed-in person reaches by following links from their home: same-origin pages only,
 * found breadth-first, at most {@code limit} of them. Links that are not pages to read are never
 * followed: signing out, files (PDFs, calendar files, attachments), links that use a one-time
 * token, the API, static assets, and the language switcher (which keeps its choice on the account).
 *
 * <p>A link to a kind of page not met yet (its path with every id replaced by {@code {id}}) is
 * visited before a second page of a kind already queued, so that the limit cuts off more of the
 * same, never a kind of page. No more than {@link #PAGES_PER_KIND} pages of one kind are visited
 * (three children's plans show what the plan template does with different records; the fortieth
 * directory entry adds nothing but time).
 */
final class SiteCrawl {

  private static final Pattern ID =
      Pattern.compile(
          "(?<=/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+)(?=/|$)");

  /** A glossary term's name in a path: its page, or its administrator's form. */
  private static final Pattern SLUG = Pattern.compile("^((?:/admin)?/glossary/)[a-z0-9-]+$");

  /** Paths that answer a file, change something, or are not pages. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "\\.(pdf|ics|csv|zip|json|xml)$|/pdf$|/attachments/|/attachment$"
              + "|^/sign-out|^/invitations/|^/reset-password|^/api/|^/v3/|^/swagger-ui"
              + "|^/assets/|^/css/|^/js/");

  /**
   * The language switcher's links: following one would keep that language on the account for the
   * journeys that come after.
   */
  private static final Pattern LANGUAGE_SWITCH = Pattern.compile("(^|&)lang=");

  static final int PAGES_PER_KIND = 3;

  private final URI origin;
  private final int limit;
  private final Deque<String> newKinds = new ArrayDeque<>();
  private final Deque<String> moreOfAKind = new ArrayDeque<>();
  private final Set<String> queued = new HashSet<>();
  private final Map<String, Integer> kinds = new HashMap<>();
  private int visited;

  SiteCrawl(String origin, int limit) {
    this.origin = URI.create(origin);
    this.limit = limit;
  }

  /** Queues a link found on a page, given as the absolute URL the browser resolved. */
  void found(String href) {
    Optional<String> page = pageOf(href);
    if (page.isEmpty() || queued.contains(page.get())) {
      return;
    }
    int ofItsKind = kinds.merge(kindOf(page.get()), 1, Integer::sum);
    if (ofItsKind > PAGES_PER_KIND) {
      return;
    }
    queued.add(page.get());
    if (ofItsKind == 1) {
      newKinds.add(page.get());
    } else {
      moreOfAKind.add(page.get());
    }
  }

  /** The next page to visit (path and query), or empty when all are visited or the limit is met. */
  Optional<String> next() {
    if (visited >= limit) {
      return Optional.empty();
    }
    String next = newKinds.isEmpty() ? moreOfAKind.poll() : newKinds.poll();
    if (next != null) {
      visited++;
    }
    return Optional.ofNullable(next);
  }

  private Optional<String> pageOf(String href) {
    URI uri;
    try {
      uri = URI.create(href);
    } catch (IllegalArgumentException notAUri) {
      return Optional.empty();
    }
    boolean sameOrigin =
        origin.getScheme().equals(uri.getScheme())
            && origin.getHost().equals(uri.getHost())
            && origin.getPort() == uri.getPort();
    String path = uri.getRawPath();
    String query = uri.getRawQuery();
    if (!sameOrigin
        || path == null
        || NOT_A_PAGE.matcher(path).find()
        || (query != null && (query.contains("token=") || LANGUAGE_SWITCH.matcher(query).find()))) {
      return Optional.empty();
    }
    return Optional.of(query == null ? path : path + "?" + query);
  }

  /**
   * The page with each id in its path replaced by {id}, each glossary term's name by {slug} (every
   * term's page is one kind, however many pages link to terms), and its query values left out.
   */
  private static String kindOf(String page) {
    int query = page.indexOf('?');
    String path = query < 0 ? page : page.substring(0, query);
    String names = query < 0 ? "" : "?" + page.substring(query + 1).replaceAll("=[^&]*", "");
    return SLUG.matcher(ID.matcher(path).replaceAll("{id}")).replaceAll("$1{slug}") + names;
  }
}

package org.goldenthread.child;

import java.util.regex.Pattern;

/**
 * What a child's own account under 16 may open about themself: their easy-read home ({@code
 * /children/{id}/my-page}), their views ({@code /children/{id}/views…}, {@code /views/{id}…}), and
 * through the API their own record ({@code GET /api/v1/children/{id}}, without the school's own
 * numbers) and their views. Every other page or resource about the child (the family, the plan's
 * workings, meetings, messages, who read the record) is not found for them, whatever the capability
 * behind it: the door says so before any controller runs ({@link RecordInPathResolver}).
 */
final class ChildAccountPages {

  private static final Pattern ALLOWED =
      Pattern.compile(
          "^(/children/[^/]+/(my-page|views)(/.*)?"
              + "|/api/v1/children/[^/]+(/views(/.*)?)?"
              + "|(/api/v1)?/views/.*)$");

  private ChildAccountPages() {}

  /** Whether the path (without the context path) is one of the child's own. */
  static boolean allows(String path) {
    return path != null && ALLOWED.matcher(path).matches();
  }
}

package org.goldenthread.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The {@code type} of every problem the API answers: a URI per kind of problem (RFC 9457), relative
 * to the server, whose page at {@code /problems/{name}} says what it means and what to do.
 */
public final class ProblemTypes {

  public static final String INVALID_INPUT = "invalid-input";
  public static final String UNREADABLE_BODY = "unreadable-body";
  public static final String EDIT_CONFLICT = "edit-conflict";

  /**
   * A meeting's minutes written, or the meeting closed, before it has started (409): not a clash
   * with someone else's change, but with the clock.
   */
  public static final String MEETING_NOT_STARTED = "meeting-not-started";

  /**
   * A step of a statutory process recorded where it cannot come (a final plan before a draft, a
   * second request while one is under way) (409): not a clash with someone else's change.
   */
  public static final String OUT_OF_ORDER = "out-of-order";

  private static final Map<Integer, String> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, INVALID_INPUT),
          Map.entry(401, "not-signed-in"),
          Map.entry(403, "not-allowed"),
          Map.entry(404, "not-found"),
          Map.entry(405, "method-not-allowed"),
          Map.entry(406, "not-acceptable"),
          Map.entry(409, EDIT_CONFLICT),
          Map.entry(413, "too-large"),
          Map.entry(415, "unsupported-media-type"),
          Map.entry(429, "too-many-requests"),
          Map.entry(500, "server-error"),
          Map.entry(503, "unavailable"));

  private ProblemTypes() {}

  /** Every kind of problem, by name: what {@code /problems/{name}} explains. */
  static java.util.Collection<String> names() {
    return new java.util.TreeSet<>(
        java.util.stream.Stream.concat(
                BY_STATUS.values().stream(),
                java.util.stream.Stream.of(
                    UNREADABLE_BODY, MEETING_NOT_STARTED, OUT_OF_ORDER, "refused"))
            .toList());
  }

  /**
   * A problem of this status with a specific type, for an {@code ErrorResponseException}: the API
   * answers it with that type and the title of its page ({@code problem.<name>.title}).
   */
  public static ProblemDetail of(HttpStatusCode status, String name, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(name));
    return problem;
  }

  /**
   * A refusal that the API answers as a problem of this status, with this specific type (null for
   * its status's), whose detail is the bundles' message {@code key} with its arguments, written in
   * the reader's language when it is answered: the API's {@code Accept-Language} when it is one we
   * write, else English.
   */
  public static ErrorResponseException refusal(
      HttpStatusCode status, String name, String key, Object... arguments) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    if (name != null) {
      problem.setType(type(name));
    }
    return new ErrorResponseException(status, problem, null, key, arguments);
  }

  /** The name of a problem's specific type ("meeting-not-started"), or null when it has none. */
  static String nameOf(ProblemDetail problem) {
    URI type = problem == null ? null : problem.getType();
    String path = type == null ? "" : type.toString();
    return path.startsWith("/problems/") && names().contains(path.substring(10))
        ? path.substring(10)
        : null;
  }

  public static URI type(String name) {
    return URI.create("/problems/" + name);
  }

  /** The type of a problem known only by its status. */
  public static URI type(HttpStatusCode status) {
    return type(name(status));
  }

  /**
   * The name of the type of a problem known only by its status ("not-found"), whose title is the
   * bundles' {@code problem.<name>.title}.
   */
  public static String name(HttpStatusCode status) {
    return BY_STATUS.getOrDefault(status.value(), "refused");
  }

  /** The problem, with the type of its status unless it has a specific one already. */
  public static ProblemDetail typed(ProblemDetail problem) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(type(HttpStatusCode.valueOf(problem.getStatus())));
    }
    return problem;
  }
}

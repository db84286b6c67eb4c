package org.goldenthread.message;

/**
 * The page's form to start a thread (subject and first message; what it is about comes with the
 * link that offered it) or, with the subject left out, to reply. Kept as typed.
 */
public record ThreadForm(String subject, String text, String aboutKind, String aboutId) {

  static ThreadForm empty() {
    return new ThreadForm(null, null, null, null);
  }

  static ThreadForm about(String aboutKind, String aboutId) {
    return new ThreadForm(null, null, aboutKind, aboutId);
  }
}

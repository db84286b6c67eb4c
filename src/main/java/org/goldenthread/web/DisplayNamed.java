package org.goldenthread.web;

/**
 * A signed-in person's principal that knows the name to show them in the page header ("Signed in as
 * …"). Without it, the header shows {@code Authentication.getName()}.
 */
public interface DisplayNamed {

  /** The name people know this person by, for example "Sam Patel". */
  String displayName();
}

package org.goldenthread.voice;

import java.util.UUID;

/**
 * A view as recorded: whose it is and what was said (both required), with what it is about and the
 * Lundy fields, each optional. {@code feeling}: a feeling the child picked on their page. {@code
 * documentId}: a picture, drawing or recording of it, one of the child's documents.
 */
public record ViewInput(
    Whose whose,
    String text,
    Feeling feeling,
    AboutKind aboutKind,
    UUID aboutId,
    String space,
    String voice,
    ViewMethod method,
    String audience,
    UUID documentId) {

  /** A view said in words alone. */
  public ViewInput(
      Whose whose,
      String text,
      Feeling feeling,
      AboutKind aboutKind,
      UUID aboutId,
      String space,
      String voice,
      ViewMethod method,
      String audience) {
    this(whose, text, feeling, aboutKind, aboutId, space, voice, method, audience, null);
  }

  /** The child's own words (or feeling), from their page. */
  public static ViewInput ofChild(String text, Feeling feeling) {
    return new ViewInput(Whose.CHILD, text, feeling, null, null, null, null, null, null);
  }

  /** The same view, with this picture or recording. */
  ViewInput withDocument(UUID document) {
    return new ViewInput(
        whose, text, feeling, aboutKind, aboutId, space, voice, method, audience, document);
  }
}

package org.goldenthread.document;

import java.util.Arrays;

/** What a document is (issue 15, "API shapes"). */
public enum DocumentKind {
  ASSESSMENT_REPORT,
  MEDICAL_LETTER,
  SCHOOL_REPORT,
  PARENT_EVIDENCE,
  OTHER,
  /**
   * What the child or the family said as a picture, a drawing or a recording, kept with their view
   * (module {@code voice}): the view is answered, so it is not evidence waiting for a response.
   */
  VIEW;

  /** The kinds the documents page offers: all but {@link #VIEW}, which is shared with a view. */
  static DocumentKind[] sharedOnTheirOwn() {
    return Arrays.stream(values()).filter(k -> k != VIEW).toArray(DocumentKind[]::new);
  }

  /** Whether a family member sharing it is giving evidence the school must respond to. */
  public boolean evidenceFromAFamily() {
    return this != VIEW;
  }
}

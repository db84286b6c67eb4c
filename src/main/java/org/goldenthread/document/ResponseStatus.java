package org.goldenthread.document;

/** Where the school's response to a document stands. */
public enum ResponseStatus {
  /** Shared by staff or a professional: no response is asked for. */
  NOT_NEEDED,
  /** Evidence from the family that the school has not responded to yet. */
  AWAITING,
  /** The school has recorded what it makes of it. */
  RESPONDED
}

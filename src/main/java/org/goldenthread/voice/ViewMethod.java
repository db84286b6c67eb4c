package org.goldenthread.voice;

/** How the view was given (the Lundy model's voice): the support that let it be said. */
public enum ViewMethod {
  TALKING,
  WRITING,
  DRAWING,
  SYMBOLS,
  TALKING_MAT,
  TRUSTED_ADULT,
  INTERPRETER,
  OTHER
}

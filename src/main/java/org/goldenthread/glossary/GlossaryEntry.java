package org.goldenthread.glossary;

import java.util.Locale;

/** A term of the glossary as the pages show it; its version is for the administrator's form. */
public record GlossaryEntry(String slug, String term, String explanation, long version) {

  /** The letter the term is filed under in the A to Z. */
  public String letter() {
    return term.isEmpty() ? "" : term.substring(0, 1).toUpperCase(Locale.ROOT);
  }
}

package org.goldenthread.glossary;

/** An administrator's change to a term's explanation, as typed, with the version it was read at. */
record GlossaryForm(String explanation, Long version) {

  static GlossaryForm of(GlossaryEntry entry) {
    return new GlossaryForm(entry.explanation(), entry.version());
  }
}

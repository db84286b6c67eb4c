package org.goldenthread.glossary;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A term's words in one language: its name, the ways it is written in text (one a line, for the
 * links) and its explanation, which administrators change; what the English term and each of its
 * translations have alike.
 */
@MappedSuperclass
abstract class GlossaryWords {

  private String term;
  private String forms;
  private String explanation;
  private Instant changedAt;
  @Version private Long version;

  abstract String slug();

  String term() {
    return term;
  }

  List<String> forms() {
    return forms == null || forms.isBlank()
        ? List.of()
        : Arrays.stream(forms.split("\n")).map(String::strip).filter(f -> !f.isEmpty()).toList();
  }

  String explanation() {
    return explanation;
  }

  long version() {
    return version == null ? 0 : version;
  }

  /** Answers whether anything changed. */
  boolean explain(String newExplanation, Instant at) {
    if (newExplanation.equals(explanation)) {
      return false;
    }
    this.explanation = newExplanation;
    this.changedAt = at;
    return true;
  }

  GlossaryEntry entry() {
    return new GlossaryEntry(slug(), term, explanation, version());
  }
}

package org.goldenthread.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A word of SEND explained in plain English. Its forms are the ways it is written in text, one a
 * line; administrators change its explanation.
 */
@Entity
@Table(name = "glossary_term")
class GlossaryTerm {

  @Id private String slug;
  private String term;
  private String forms;
  private String explanation;
  private Instant changedAt;
  @Version private Long version;

  protected GlossaryTerm() {}

  String slug() {
    return slug;
  }

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
    return new GlossaryEntry(slug, term, explanation, version());
  }
}

package org.goldenthread.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A term of the glossary in another language than English: its name, the ways it is written in that
 * language's text (for the links), and its explanation, which administrators change as they change
 * the English one.
 */
@Entity
@Table(name = "glossary_translation")
@IdClass(GlossaryTranslation.Key.class)
class GlossaryTranslation {

  @Id private String slug;
  @Id private String language;
  private String term;
  private String forms;
  private String explanation;
  private Instant changedAt;
  @Version private Long version;

  protected GlossaryTranslation() {}

  String slug() {
    return slug;
  }

  String language() {
    return language;
  }

  String term() {
    return term;
  }

  List<String> forms() {
    return forms == null || forms.isBlank()
        ? List.of()
        : Arrays.stream(forms.split("\n")).map(String::strip).filter(f -> !f.isEmpty()).toList();
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

  /** A translation is one term in one language. */
  record Key(String slug, String language) implements Serializable {
    Key() {
      this(null, null);
    }
  }
}

package org.goldenthread.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A term of the glossary in another language than English: its name, the ways it is written in that
 * language's text (for the links), and its explanation, which administrators change as they change
 * the English one.
 */
@Entity
@Table(name = "glossary_translation")
@IdClass(GlossaryTranslation.Key.class)
class GlossaryTranslation extends GlossaryWords {

  @Id private String slug;
  @Id private String language;

  protected GlossaryTranslation() {}

  @Override
  String slug() {
    return slug;
  }

  String language() {
    return language;
  }

  /** A translation is one term in one language. */
  record Key(String slug, String language) implements Serializable {
    Key() {
      this(null, null);
    }
  }
}

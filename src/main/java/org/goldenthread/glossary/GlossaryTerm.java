package org.goldenthread.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A word of SEND explained in plain English. Its forms are the ways it is written in text, one a
 * line; administrators change its explanation.
 */
@Entity
@Table(name = "glossary_term")
class GlossaryTerm extends GlossaryWords {

  @Id private String slug;

  protected GlossaryTerm() {}

  @Override
  String slug() {
    return slug;
  }
}

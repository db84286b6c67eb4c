package org.goldenthread.document;

/** The school's response to evidence, with the version of the document it was written against. */
record DocumentResponseForm(String text, Long version) {

  static DocumentResponseForm of(DocumentView document) {
    return new DocumentResponseForm(document.responseText(), document.version());
  }
}

package org.goldenthread.directory;

/** The directory page's search form, as typed. */
record SearchForm(String q, String need, String area, String language, boolean unchecked) {

  static SearchForm empty() {
    return new SearchForm(null, null, null, null, false);
  }

  DirectoryQuery query() {
    return new DirectoryQuery(q, need, area, language, unchecked);
  }

  boolean isEmpty() {
    return query().isEmpty();
  }
}

package org.goldenthread.directory;

/** The directory page's search form, as typed. */
public record SearchForm(String q, String need, String area, String language, Boolean unchecked) {

  static SearchForm empty() {
    return new SearchForm(null, null, null, null, null);
  }

  DirectoryQuery query() {
    return new DirectoryQuery(q, need, area, language, Boolean.TRUE.equals(unchecked));
  }

  boolean isEmpty() {
    return query().isEmpty();
  }
}

package org.goldenthread.worker;

/** The page's form to resolve a support request (with a closing note) or reopen it. */
record StatusForm(String note, Long version) {

  static StatusForm empty(long version) {
    return new StatusForm(null, version);
  }
}

package org.goldenthread.concern;

/** The page's form for a new concern, kept as typed. */
record ConcernForm(String noticed, String examples, String tried, String childSays) {

  static ConcernForm empty() {
    return new ConcernForm(null, null, null, null);
  }

  ConcernInput input() {
    return new ConcernInput(noticed, examples, tried, childSays);
  }
}

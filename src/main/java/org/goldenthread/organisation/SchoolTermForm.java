package org.goldenthread.organisation;

import org.goldenthread.web.DateInput;

/** The page's form for adding a term: its first and last day, kept as typed. */
record SchoolTermForm(DateInput startsOn, DateInput endsOn, Long version) {

  SchoolTermForm {
    startsOn = startsOn == null ? DateInput.empty() : startsOn;
    endsOn = endsOn == null ? DateInput.empty() : endsOn;
  }

  static SchoolTermForm empty(long version) {
    return new SchoolTermForm(DateInput.empty(), DateInput.empty(), version);
  }
}

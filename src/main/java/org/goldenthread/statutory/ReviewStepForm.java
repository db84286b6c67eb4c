package org.goldenthread.statutory;

import org.goldenthread.web.DateInput;

/** The page's form for a step of an annual review, kept as typed. */
record ReviewStepForm(String kind, DateInput on, Long version) {

  ReviewStepForm {
    on = on == null ? DateInput.empty() : on;
  }

  static ReviewStepForm empty(long version) {
    return new ReviewStepForm(null, DateInput.empty(), version);
  }
}

package org.goldenthread.statutory;

import org.goldenthread.web.DateInput;

/** The page's form for recording a request for an assessment, kept as typed. */
record RequestForm(DateInput requestedOn, String requestedBy) {

  RequestForm {
    requestedOn = requestedOn == null ? DateInput.empty() : requestedOn;
  }

  static RequestForm empty() {
    return new RequestForm(DateInput.empty(), null);
  }
}

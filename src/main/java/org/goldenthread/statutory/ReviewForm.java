package org.goldenthread.statutory;

import org.goldenthread.web.DateInput;

/** The page's form for recording an annual review, kept as typed. */
record ReviewForm(DateInput meetingOn, String meetingId) {

  ReviewForm {
    meetingOn = meetingOn == null ? DateInput.empty() : meetingOn;
  }

  static ReviewForm empty() {
    return new ReviewForm(DateInput.empty(), null);
  }
}

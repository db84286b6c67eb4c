package org.goldenthread.worker;

import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/** The page's form to ask the team for support, kept as typed. */
record SupportForm(String kind, String subject, String text, DateInput visitOn) {

  SupportForm {
    visitOn = visitOn == null ? DateInput.empty() : visitOn;
  }

  static SupportForm empty() {
    return new SupportForm(null, null, null, DateInput.empty());
  }

  SupportInput input() {
    return new SupportInput(
        PageForms.choice(SupportKind.class, kind),
        subject,
        text,
        visitOn.toLocalDate().orElse(null));
  }
}

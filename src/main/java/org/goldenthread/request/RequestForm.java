package org.goldenthread.request;

import org.goldenthread.web.PageForms;

/** The page's form for a new request, kept as typed. */
record RequestForm(String kind, String to, String text) {

  static RequestForm empty() {
    return new RequestForm(null, null, null);
  }

  RequestInput input() {
    return new RequestInput(
        PageForms.choice(RequestKind.class, kind), PageForms.choice(RequestTo.class, to), text);
  }
}

package org.goldenthread.request;

import org.goldenthread.web.PageForms;

/** The page's form for the answer to a request, kept as typed. */
record AnswerForm(String decision, String text, Long version) {

  static AnswerForm empty(long version) {
    return new AnswerForm(null, null, version);
  }

  AnswerInput input() {
    return new AnswerInput(text, PageForms.choice(RequestDecision.class, decision));
  }
}

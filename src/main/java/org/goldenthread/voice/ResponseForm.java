package org.goldenthread.voice;

import org.goldenthread.web.DateInput;

/** The page's form for the response to a view, kept as typed. */
record ResponseForm(String response, String how, DateInput fedBackOn, Long version) {

  static ResponseForm of(RecordedView view) {
    return new ResponseForm(
        view.response(), view.how(), DateInput.of(view.fedBackOn()), view.version());
  }

  ResponseInput input() {
    return new ResponseInput(
        response, how, fedBackOn == null ? null : fedBackOn.toLocalDate().orElse(null));
  }
}

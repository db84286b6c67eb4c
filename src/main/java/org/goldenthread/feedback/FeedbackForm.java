package org.goldenthread.feedback;

import org.goldenthread.web.PageForms;

/** The page's form for one's feedback, kept as typed. */
record FeedbackForm(String feltHeard, String knowsWhatNext, String comment, Long version) {

  static FeedbackForm of(FamilyFeedbacks.Asked asked) {
    return asked
        .answer()
        .map(
            mine ->
                new FeedbackForm(
                    mine.feltHeard().name(),
                    mine.knowsWhatNext().name(),
                    mine.comment(),
                    mine.version()))
        .orElseGet(() -> new FeedbackForm(null, null, null, null));
  }

  FeedbackInput input() {
    return new FeedbackInput(
        PageForms.choice(FeedbackAnswer.class, feltHeard),
        PageForms.choice(FeedbackAnswer.class, knowsWhatNext),
        comment);
  }
}

package org.goldenthread.meeting;

import org.goldenthread.web.PageForms;

/** A piece of preparation as typed. */
record ContributionForm(String kind, String text, String howGathered, Boolean chairOnly) {

  static ContributionForm empty() {
    return new ContributionForm(null, null, null, false);
  }

  ContributionInput input() {
    ContributionKind chosen = PageForms.choice(ContributionKind.class, kind);
    return new ContributionInput(
        chosen,
        text,
        chosen == ContributionKind.CHILD_VIEWS ? howGathered : null,
        Boolean.TRUE.equals(chairOnly));
  }
}

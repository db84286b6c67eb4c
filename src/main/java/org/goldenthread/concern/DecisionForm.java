package org.goldenthread.concern;

import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/**
 * The page's form for the decision on a concern, kept as typed. {@code meetingId} is the meeting
 * chosen, or {@link #WITHOUT_MEETING}.
 */
record DecisionForm(
    String decision,
    String reasons,
    DateInput reviewOn,
    String meetingId,
    String how,
    Long version) {

  static final String WITHOUT_MEETING = "NONE";

  static DecisionForm empty(long version, String meetingId) {
    return new DecisionForm(null, null, DateInput.empty(), meetingId, null, version);
  }

  DecisionInput input() {
    return new DecisionInput(
        PageForms.choice(ConcernDecision.class, decision),
        reasons,
        reviewOn == null ? null : reviewOn.toLocalDate().orElse(null),
        PageForms.id(meetingId),
        WITHOUT_MEETING.equals(meetingId),
        how);
  }
}

package org.goldenthread.meeting;

/** The minutes as typed: notes, the parent's view, the child's view and the decisions. */
record MinutesForm(
    String notes, String parentView, String childView, String decisions, Long version) {

  static MinutesForm of(MeetingView meeting) {
    Minutes m = meeting.minutes();
    return new MinutesForm(
        m.notes(), m.parentView(), m.childView(), m.decisions(), meeting.version());
  }

  Minutes minutes() {
    return new Minutes(notes, parentView, childView, decisions);
  }
}

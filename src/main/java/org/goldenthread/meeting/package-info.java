/**
 * Meetings with the family and the team: the invitation with its calendar file, preparation before
 * the meeting, minutes, agreeing actions, closing with what happens next, and the three meetings a
 * year that a child on SEN support should have with their parents (and their deadline, {@link
 * org.goldenthread.meeting.MeetingCadence}). Level 3: it uses child, family, identity,
 * organisation, web, deadline, plan's public API and action's: the actions agreed at a meeting are
 * stored, changed and listed by {@code action}, which learns what it needs of a meeting through its
 * port {@code action.ActionMeetings}, implemented here; and {@code voice}'s: the meeting's page and
 * its preparation link the views of the child and the family, and views learn the child's meetings
 * through their port {@code voice.ViewMeetings}, implemented here.
 *
 * <p>The public API other modules and the pages use: {@link org.goldenthread.meeting.Meetings},
 * {@link org.goldenthread.meeting.MeetingClosing}, {@link
 * org.goldenthread.meeting.MeetingPreparation}, {@link org.goldenthread.meeting.MeetingRhythms},
 * the view and input records beside them, and the door for routes below {@code
 * /meetings/{meetingId}}: {@link org.goldenthread.meeting.AccessibleMeeting}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "child",
      "family",
      "identity",
      "organisation",
      "web",
      "plan",
      "action",
      "deadline",
      "voice"
    })
package org.goldenthread.meeting;

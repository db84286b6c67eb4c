/**
 * Meetings with the family and the team: the invitation with its calendar file, preparation before
 * the meeting, minutes and agreed actions, closing with what happens next, and the three meetings a
 * year that a child on SEN support should have with their parents. Level 3: it uses child, family,
 * identity, organisation, web and plan's public API.
 *
 * <p>The public API other modules and the pages use: {@link org.goldenthread.meeting.Meetings},
 * {@link org.goldenthread.meeting.MeetingClosing}, {@link
 * org.goldenthread.meeting.MeetingPreparation}, {@link org.goldenthread.meeting.MeetingActions},
 * {@link org.goldenthread.meeting.MeetingRhythms}, the view and input records beside them, and the
 * door for routes below {@code /meetings/{meetingId}} and {@code /actions/{actionId}}: {@link
 * org.goldenthread.meeting.AccessibleMeeting} and {@link
 * org.goldenthread.meeting.AccessibleAction}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"child", "family", "identity", "organisation", "web", "plan"})
package org.goldenthread.meeting;

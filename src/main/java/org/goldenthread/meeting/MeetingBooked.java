package org.goldenthread.meeting;

/** A meeting was booked: each invitee gets an invitation with the calendar file. */
public record MeetingBooked(MeetingNotice notice) {}

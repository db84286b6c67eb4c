package org.goldenthread.meeting;

/** A booked meeting was called off: each invitee gets the cancellation ({@code METHOD:CANCEL}). */
public record MeetingCancelled(MeetingNotice notice) {}

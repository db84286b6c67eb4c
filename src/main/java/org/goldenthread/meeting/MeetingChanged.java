package org.goldenthread.meeting;

import java.util.List;

/**
 * A booked meeting's time, place, invitees or agenda changed: each invitee gets the update (same
 * calendar UID, higher SEQUENCE); anyone no longer invited gets {@code cancellation}, a {@code
 * METHOD:CANCEL} file.
 */
public record MeetingChanged(
    MeetingNotice notice, List<Recipient> uninvited, String cancellation) {}

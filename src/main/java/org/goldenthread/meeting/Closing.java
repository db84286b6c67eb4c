package org.goldenthread.meeting;

import java.time.LocalDate;

/**
 * Closing a meeting (api.md "Closing"): the minutes (kept as its notes; may be left out when
 * minutes were recorded already), and either the date of a follow-up meeting (after this one; a
 * draft of it is made) or the reason there is none.
 */
public record Closing(String minutes, LocalDate followUpOn, String noFollowUpReason) {}

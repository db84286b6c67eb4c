package org.goldenthread.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting as its actions need it ({@link ActionMeetings}).
 *
 * @param kind the meeting's kind, as the meeting module names it (for its label)
 * @param date the day it starts, in England: no action is due before it
 * @param booked booked and not yet closed or cancelled: actions may be agreed at it
 * @param mayRun the person runs the meeting, so may agree and change any of its actions
 */
public record ActionMeeting(
    UUID id, String kind, Instant startsAt, LocalDate date, boolean booked, boolean mayRun) {}

package org.goldenthread.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.ActionView;

/**
 * The plain summary of a closed meeting: who does what by when, and the next meeting (its date, and
 * the meeting itself once it exists) or why there is none.
 *
 * @param actions the meeting's actions, open ones first by due date
 * @param nextMeeting the follow-up meeting, or null
 */
public record WhatHappensNext(
    UUID meetingId,
    List<ActionView> actions,
    LocalDate followUpOn,
    MeetingView nextMeeting,
    String noFollowUpReason) {}

package org.goldenthread.meeting;

/**
 * A meeting was closed: each invitee gets the summary of what happens next (the notice carries no
 * calendar file).
 */
public record MeetingClosed(MeetingNotice notice, WhatHappensNext next) {}

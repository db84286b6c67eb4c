package org.goldenthread.meeting;

/**
 * What the person may do with one meeting, for pages to show or hide links and buttons.
 *
 * @param change change the time, place, invitees or agenda, book a draft or cancel it; record
 *     minutes and actions and close it (the organiser, and the child's SENCO, head teacher or lead
 *     professional)
 * @param prepare add preparation (everyone invited, while the meeting is not closed or cancelled)
 * @param seePreparation read the preparation (everyone invited, and those who may change it)
 */
public record MeetingRights(boolean change, boolean prepare, boolean seePreparation) {}

package org.goldenthread.meeting;

import java.util.UUID;

/**
 * Who did what a meeting's letter is about (booked, changed, cancelled or closed it), as the letter
 * names them.
 *
 * @param role their role and where they work, in words: "SENCO at Riverside Academy"
 */
public record MeetingSender(UUID userId, String name, String role) {}

package org.goldenthread.meeting;

import java.util.UUID;

/**
 * Someone invited to a meeting: their account, their name, and whether they are one of the child's
 * parents or carers (a meeting with a parent invited counts towards the three a year).
 */
public record InviteeView(UUID userId, String name, boolean parent) {}

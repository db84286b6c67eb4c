package org.goldenthread.message;

import java.util.UUID;

/** A child with messages the person has not read, as a home lists them. */
public record UnreadAbout(UUID childId, String name, int unread) {}

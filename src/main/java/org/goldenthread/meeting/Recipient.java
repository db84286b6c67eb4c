package org.goldenthread.meeting;

import java.util.UUID;

/** Someone a meeting's mail goes to. */
public record Recipient(UUID userId, String name, String email) {}

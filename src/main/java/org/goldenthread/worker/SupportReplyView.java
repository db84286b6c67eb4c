package org.goldenthread.worker;

import java.time.Instant;
import java.util.UUID;

/** One answer in a support request's thread. */
public record SupportReplyView(UUID id, String text, String writtenByName, Instant writtenAt) {}

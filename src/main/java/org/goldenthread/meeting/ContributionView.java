package org.goldenthread.meeting;

import java.time.Instant;
import java.util.UUID;

/** A piece of preparation for a meeting, with who added it and when. */
public record ContributionView(
    UUID id,
    UUID meetingId,
    UUID authorId,
    String authorName,
    ContributionKind kind,
    String text,
    String howGathered,
    boolean chairOnly,
    Instant addedAt,
    long version) {}

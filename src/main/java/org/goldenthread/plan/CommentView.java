package org.goldenthread.plan;

import java.time.Instant;
import java.util.UUID;

/** A comment on an item of the plan; {@code family}: written by the family or the child. */
public record CommentView(
    UUID id,
    PlanItemKind itemKind,
    UUID itemId,
    UUID authorId,
    String authorName,
    boolean family,
    String text,
    Instant at) {}

package org.goldenthread.worker;

import java.util.UUID;

/**
 * The lead professional asked the team for support on a child's case: for the inbox of the team.
 * The child's history records it through {@code child.ChildRecordChanged}, published beside it.
 */
public record SupportAsked(
    UUID requestId,
    UUID childId,
    SupportKind kind,
    String subject,
    UUID askedById,
    String askedByName) {}

package org.goldenthread.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request was made in writing about a child: for the notifications (who owes an answer, and by
 * when) and whoever else listens. The child's history records it through {@code
 * child.ChildRecordChanged}, published beside it.
 */
public record RequestMade(
    UUID requestId,
    UUID childId,
    RequestKind kind,
    RequestTo to,
    LocalDate dueOn,
    UUID madeById,
    String madeByName) {}

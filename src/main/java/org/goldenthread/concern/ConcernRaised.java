package org.goldenthread.concern;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern was raised about a child: for the notifications (the school's SENCOs answer it by
 * {@code answerDueOn}) and whoever else listens. The child's history records it through {@code
 * child.ChildRecordChanged}, published beside it.
 */
public record ConcernRaised(
    UUID concernId,
    UUID childId,
    LocalDate answerDueOn,
    UUID raisedById,
    String raisedByName,
    RaisedBy raisedByRole) {}

package org.goldenthread.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request in writing was answered: for the notifications (the one who asked hears of it) and
 * whoever else listens.
 */
public record RequestAnswered(
    UUID requestId,
    UUID childId,
    RequestKind kind,
    RequestDecision decision,
    LocalDate answeredOn,
    boolean late,
    UUID madeById,
    String answeredByName) {}

package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.deadline.AllowedException;

/**
 * A milestone as someone sends it, before it is checked: only {@code kind} and {@code on} are
 * needed by every kind; the others go with one kind each.
 */
public record MilestoneInput(
    MilestoneKind kind,
    LocalDate on,
    Boolean assess,
    String adviser,
    UUID adviceId,
    AllowedException.Reason reason,
    String note) {}

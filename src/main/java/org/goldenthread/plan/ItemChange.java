package org.goldenthread.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry in an item's change list: what happened, in which version of the plan, who did it and
 * when, and the whole item as it was after the change (before it, for a removal).
 *
 * @param change ADDED, CHANGED, LINKS_CHANGED (a link set from the other item) or REMOVED
 * @param authorRole how the author stands to the child (SENCO, PARENT, TEAM_MEMBER, …)
 * @param family whether the author is family (a parent, carer, relative or the child)
 */
public record ItemChange(
    PlanItemKind itemKind,
    UUID itemId,
    String change,
    long version,
    long planVersion,
    Instant at,
    UUID authorId,
    String authorName,
    String authorRole,
    boolean family,
    PlanItem item) {}

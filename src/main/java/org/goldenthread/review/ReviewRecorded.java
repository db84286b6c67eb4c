package org.goldenthread.review;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.Relationship;
import org.goldenthread.plan.PlanChange;

/**
 * Someone recorded a graduated-approach review of a child's plan.
 *
 * @param role how the person stands to the child
 */
public record ReviewRecorded(
    UUID childId,
    UUID reviewId,
    LocalDate heldOn,
    ReviewDecision decision,
    LocalDate nextReviewOn,
    int outcomesReviewed,
    UUID actorId,
    String actorName,
    Relationship role)
    implements PlanChange {}

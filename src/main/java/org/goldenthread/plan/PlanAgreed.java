package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.Relationship;

/** A parent, the child or the young person agreed a version of the plan, on a day. */
public record PlanAgreed(
    UUID childId,
    long planVersion,
    UUID actorId,
    String actorName,
    Relationship role,
    LocalDate agreedOn)
    implements PlanChange {}

package org.goldenthread.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * What the family and the child took part in outside the plan's own records, for the participation
 * ladder ({@link ParticipationLadder}): another capability implements it (the views of the child
 * and family, answered), so that the plan counts it without knowing that capability. A Spring bean
 * implementing it is asked on every read of the plan, now or as of a date; the counts of all such
 * beans are added up.
 */
public interface ParticipationEvidence {

  /**
   * How many views of the child or of the family had a response recorded (answered, or answered and
   * fed back) before {@code until}.
   *
   * @param until the end of the day the plan is read as of, or null for the plan as it is now
   */
  int viewsAnswered(UUID childId, Instant until);
}

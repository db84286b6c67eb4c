package org.goldenthread.plan;

/**
 * How far the family took part in the plan, on the ladder from being told to writing it together.
 * The rule that places a plan on it is {@link ParticipationLadder}.
 */
public enum Participation {
  INFORMED,
  CONSULTED,
  ENGAGED,
  CO_PRODUCED
}

package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item as someone enters it, to add or change. Its words are tidied and checked by {@link
 * ItemRules}. A list of links left null leaves the item's links as they are (none, for a new item);
 * a list sent replaces them.
 */
public sealed interface ItemInput {

  PlanItemKind kind();

  /** An aspiration; {@code needIds}: the needs that stand in its way. */
  record Aspiration(String text, Voice voice, List<UUID> needIds) implements ItemInput {
    @Override
    public PlanItemKind kind() {
      return PlanItemKind.ASPIRATIONS;
    }
  }

  /** A need; linked up to aspirations and down to the outcomes that address it. */
  record Need(String text, AreaOfNeed area, List<UUID> aspirationIds, List<UUID> outcomeIds)
      implements ItemInput {
    @Override
    public PlanItemKind kind() {
      return PlanItemKind.NEEDS;
    }
  }

  /**
   * An outcome; a status left null is NOT_STARTED for a new outcome and unchanged otherwise, and so
   * is {@code writtenWithFamily} (false for a new one).
   */
  record Outcome(
      String text,
      String successCriteria,
      LocalDate targetDate,
      OutcomeStatus status,
      Boolean writtenWithFamily,
      List<UUID> needIds,
      List<UUID> provisionIds)
      implements ItemInput {
    @Override
    public PlanItemKind kind() {
      return PlanItemKind.OUTCOMES;
    }
  }

  /** Provision; a group size left null is 1 (one-to-one). */
  record Provision(
      String description,
      DelivererRole deliveredByRole,
      String deliveredBy,
      Integer sessionsPerWeek,
      Integer minutesPerSession,
      Integer groupSize,
      LocalDate startDate,
      LocalDate endDate,
      List<UUID> outcomeIds)
      implements ItemInput {
    @Override
    public PlanItemKind kind() {
      return PlanItemKind.PROVISIONS;
    }
  }

  /** A strategy, and where it is used. */
  record Strategy(String text, UsedAt usedAt) implements ItemInput {
    @Override
    public PlanItemKind kind() {
      return PlanItemKind.STRATEGIES;
    }
  }
}

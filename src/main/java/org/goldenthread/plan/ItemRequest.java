package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A plan item as the API receives it: the fields of every kind (each kind reads its own). */
@Schema(
    name = "PlanItemRequest",
    description = "A plan item to add or change: the fields of its kind (api.md, \"The plan\")")
record ItemRequest(
    String text,
    Voice voice,
    AreaOfNeed area,
    String successCriteria,
    LocalDate targetDate,
    OutcomeStatus status,
    Boolean writtenWithFamily,
    String description,
    String deliveredBy,
    DelivererRole deliveredByRole,
    Integer sessionsPerWeek,
    Integer minutesPerSession,
    Integer groupSize,
    LocalDate startDate,
    LocalDate endDate,
    UsedAt usedAt,
    List<UUID> aspirationIds,
    List<UUID> needIds,
    List<UUID> outcomeIds,
    List<UUID> provisionIds,
    Long version) {

  /** What was sent for this kind of item. */
  ItemInput input(PlanItemKind kind) {
    return switch (kind) {
      case ASPIRATIONS -> new ItemInput.Aspiration(text, voice, ids(needIds));
      case NEEDS -> new ItemInput.Need(text, area, ids(aspirationIds), ids(outcomeIds));
      case OUTCOMES ->
          new ItemInput.Outcome(
              text,
              successCriteria,
              targetDate,
              status,
              writtenWithFamily,
              ids(needIds),
              ids(provisionIds));
      case PROVISIONS ->
          new ItemInput.Provision(
              description,
              deliveredByRole,
              deliveredBy,
              sessionsPerWeek,
              minutesPerSession,
              groupSize,
              startDate,
              endDate,
              ids(outcomeIds));
      case STRATEGIES -> new ItemInput.Strategy(text, usedAt);
    };
  }

  /** The ids sent, leaving out empty entries. */
  private static List<UUID> ids(List<UUID> ids) {
    return ids == null ? null : ids.stream().filter(Objects::nonNull).toList();
  }
}

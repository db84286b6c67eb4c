package org.goldenthread.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What should change, how everyone will know, and by when; linked to the needs it addresses and the
 * provision that serves it. {@code writtenWithFamily}: the team records that the family wrote or
 * helped word it (for instance in a planning meeting).
 */
public record OutcomeView(
    UUID id,
    String text,
    String successCriteria,
    LocalDate targetDate,
    OutcomeStatus status,
    boolean writtenWithFamily,
    List<UUID> needIds,
    List<UUID> provisionIds,
    Instant addedAt,
    long version)
    implements PlanItem {

  @Override
  public PlanItemKind kind() {
    return PlanItemKind.OUTCOMES;
  }

  @Override
  public String words() {
    return text;
  }
}

package org.goldenthread.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A need in one of the four broad areas, linked to the aspirations it stands in the way of and to
 * the outcomes that address it.
 */
public record NeedView(
    UUID id,
    String text,
    AreaOfNeed area,
    List<UUID> aspirationIds,
    List<UUID> outcomeIds,
    Instant addedAt,
    long version)
    implements PlanItem {

  @Override
  public PlanItemKind kind() {
    return PlanItemKind.NEEDS;
  }

  @Override
  public String words() {
    return text;
  }
}

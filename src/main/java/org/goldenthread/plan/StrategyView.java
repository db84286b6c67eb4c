package org.goldenthread.plan;

import java.time.Instant;
import java.util.UUID;

/** Something that helps, and where it is used, so that home and school use the same ones. */
public record StrategyView(UUID id, String text, UsedAt usedAt, Instant addedAt, long version)
    implements PlanItem {

  @Override
  public PlanItemKind kind() {
    return PlanItemKind.STRATEGIES;
  }

  @Override
  public String words() {
    return text;
  }
}

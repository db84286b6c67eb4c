package org.goldenthread.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the child and family hope for, in their words; {@code needIds}: needs in its way. */
public record AspirationView(
    UUID id, String text, Voice voice, List<UUID> needIds, Instant addedAt, long version)
    implements PlanItem {

  @Override
  public PlanItemKind kind() {
    return PlanItemKind.ASPIRATIONS;
  }

  @Override
  public String words() {
    return text;
  }
}

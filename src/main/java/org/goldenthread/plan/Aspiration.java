package org.goldenthread.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An aspiration as stored. Its links to needs are kept on the needs. */
@Entity
@Table(name = "plan_aspiration")
class Aspiration extends ItemRecord {

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Voice voice;

  protected Aspiration() {}

  Aspiration(UUID childId, UUID addedBy, Instant now, long revision, ItemInput.Aspiration input) {
    super(childId, addedBy, now, revision);
    apply(input);
  }

  void apply(ItemInput.Aspiration input) {
    this.text = input.text();
    this.voice = input.voice();
  }

  AspirationView view(List<UUID> needIds) {
    return new AspirationView(id(), text, voice, needIds, addedAt(), version());
  }

  @Override
  PlanItemKind kind() {
    return PlanItemKind.ASPIRATIONS;
  }
}

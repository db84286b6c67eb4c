package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of a plan as it is answered and as its history keeps it: its fields and its links both
 * ways along the thread.
 */
@Schema(
    oneOf = {
      AspirationView.class,
      NeedView.class,
      OutcomeView.class,
      ProvisionView.class,
      StrategyView.class
    })
public sealed interface PlanItem
    permits AspirationView, NeedView, OutcomeView, ProvisionView, StrategyView {

  UUID id();

  /** When the item was first added to the plan. */
  Instant addedAt();

  long version();

  PlanItemKind kind();

  /** The item's words, to name it in a message or a change list. */
  String words();
}

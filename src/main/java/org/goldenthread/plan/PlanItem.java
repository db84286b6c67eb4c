package org.goldenthread.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
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
    },
    discriminatorProperty = "kind",
    discriminatorMapping = {
      @DiscriminatorMapping(value = "ASPIRATIONS", schema = AspirationView.class),
      @DiscriminatorMapping(value = "NEEDS", schema = NeedView.class),
      @DiscriminatorMapping(value = "OUTCOMES", schema = OutcomeView.class),
      @DiscriminatorMapping(value = "PROVISIONS", schema = ProvisionView.class),
      @DiscriminatorMapping(value = "STRATEGIES", schema = StrategyView.class)
    })
public sealed interface PlanItem
    permits AspirationView, NeedView, OutcomeView, ProvisionView, StrategyView {

  UUID id();

  /** When the item was first added to the plan. */
  Instant addedAt();

  long version();

  /** Which of the five it is: the answer's discriminator. */
  @JsonProperty(value = "kind", access = JsonProperty.Access.READ_ONLY)
  @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
  PlanItemKind kind();

  /** The item's words, to name it in a message or a change list. */
  String words();
}

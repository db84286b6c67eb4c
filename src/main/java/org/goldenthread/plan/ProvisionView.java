package org.goldenthread.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is done, by whom, how often, for how long and with how many; linked to the outcomes it
 * serves. {@code weeklyMinutes} and {@code annualCost} are derived ({@link ProvisionFigures}); the
 * cost is null while the school has no rate for the role or nobody has said who delivers it ({@link
 * #costStatus()}).
 */
public record ProvisionView(
    UUID id,
    String description,
    String deliveredBy,
    DelivererRole deliveredByRole,
    int sessionsPerWeek,
    int minutesPerSession,
    int groupSize,
    LocalDate startDate,
    LocalDate endDate,
    int weeklyMinutes,
    BigDecimal annualCost,
    List<UUID> outcomeIds,
    Instant addedAt,
    long version,
    ProvisionStatus status,
    String statusReason,
    LocalDate statusFrom,
    LocalDate statusUntil)
    implements PlanItem {

  public ProvisionView {
    status = status == null ? ProvisionStatus.ACTIVE : status;
  }

  /** Support that is given as agreed. */
  public ProvisionView(
      UUID id,
      String description,
      String deliveredBy,
      DelivererRole deliveredByRole,
      int sessionsPerWeek,
      int minutesPerSession,
      int groupSize,
      LocalDate startDate,
      LocalDate endDate,
      int weeklyMinutes,
      BigDecimal annualCost,
      List<UUID> outcomeIds,
      Instant addedAt,
      long version) {
    this(
        id,
        description,
        deliveredBy,
        deliveredByRole,
        sessionsPerWeek,
        minutesPerSession,
        groupSize,
        startDate,
        endDate,
        weeklyMinutes,
        annualCost,
        outcomeIds,
        addedAt,
        version,
        ProvisionStatus.ACTIVE,
        null,
        null,
        null);
  }

  @Override
  public PlanItemKind kind() {
    return PlanItemKind.PROVISIONS;
  }

  @Override
  public String words() {
    return description;
  }

  /** The same provision with its figures worked out, costed as given. */
  public ProvisionView costedAt(ProvisionCosting.ProvisionCost cost) {
    int minutes = ProvisionFigures.weeklyMinutes(sessionsPerWeek, minutesPerSession);
    return new ProvisionView(
        id,
        description,
        deliveredBy,
        deliveredByRole,
        sessionsPerWeek,
        minutesPerSession,
        groupSize,
        startDate,
        endDate,
        minutes,
        cost.annualCost(deliveredByRole, minutes, groupSize),
        outcomeIds,
        addedAt,
        version,
        status,
        statusReason,
        statusFrom,
        statusUntil);
  }

  /**
   * Whether the yearly cost is worked out; while nobody has said who delivers the support it is
   * not, and the plan asks who does.
   */
  @JsonProperty(value = "costStatus", access = JsonProperty.Access.READ_ONLY)
  public CostStatus costStatus() {
    if (annualCost != null) {
      return CostStatus.COSTED;
    }
    return deliveredByRole == null ? CostStatus.WHO_DELIVERS_NOT_SAID : CostStatus.NO_RATE;
  }

  /** Whether the support is paused or stopped. */
  public boolean notGiven() {
    return status != ProvisionStatus.ACTIVE;
  }
}

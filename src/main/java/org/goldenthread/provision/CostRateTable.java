package org.goldenthread.provision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ProvisionCosting;

/**
 * A school's cost of an hour of provision for each role, in pence: what the school set, else the
 * default ({@link CostRates#DEFAULT_PENCE_PER_HOUR}); no rate at all for a role with neither.
 */
public record CostRateTable(Map<DelivererRole, Integer> pencePerHourByRole) {

  public CostRateTable {
    Map<DelivererRole, Integer> copy = new EnumMap<>(DelivererRole.class);
    copy.putAll(pencePerHourByRole);
    pencePerHourByRole = Collections.unmodifiableMap(copy);
  }

  /** The defaults alone. */
  public static CostRateTable defaults() {
    return new CostRateTable(CostRates.DEFAULT_PENCE_PER_HOUR);
  }

  /** Provision costed at these rates. */
  public ProvisionCosting.ProvisionCost cost() {
    return (role, weeklyMinutes, groupSize) ->
        YearlyCost.of(pencePerHour(role), weeklyMinutes, groupSize);
  }

  /** The rate for the role in pence, or null when there is none. */
  public Integer pencePerHour(DelivererRole role) {
    return role == null ? null : pencePerHourByRole.get(role);
  }
}

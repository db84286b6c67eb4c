package org.goldenthread.plan;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How the plan's provision is costed, which another capability provides (the provision costs, with
 * each school's cost of an hour): what a school year of provision costs at a school. A plan read
 * without one shows no cost for its provision.
 */
public interface ProvisionCosting {

  /**
   * How provision is costed at the school: read once for a plan, then applied to each provision.
   */
  ProvisionCost at(UUID schoolId);

  /** The school weeks a yearly cost counts, which the printed plan states. */
  int schoolWeeks();

  /** The cost of a school year of one provision, at one school. */
  @FunctionalInterface
  interface ProvisionCost {

    /** No costs: for reading a plan whose costs nobody looks at. */
    ProvisionCost NONE = (role, weeklyMinutes, groupSize) -> null;

    /** In pounds, to the penny; null when it cannot be costed (no rate for who delivers it). */
    BigDecimal annualCost(DelivererRole role, int weeklyMinutes, int groupSize);
  }
}

package org.goldenthread.provision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cost of a school year of provision: the school's rate per hour for who delivers it × weekly
 * hours × {@value #SCHOOL_WEEKS} school weeks ÷ group size (each child in a group carries their
 * share), rounded to the penny, half up. Unknown (null) while the school has no rate for the role.
 */
final class YearlyCost {

  /** The weeks of a school year over which provision is costed. */
  static final int SCHOOL_WEEKS = 39;

  private YearlyCost() {}

  /** The cost of a school year in pounds, to the penny; null when there is no rate. */
  static BigDecimal of(Integer pencePerHour, int weeklyMinutes, int groupSize) {
    if (pencePerHour == null) {
      return null;
    }
    BigDecimal pence =
        BigDecimal.valueOf(pencePerHour)
            .multiply(BigDecimal.valueOf(weeklyMinutes))
            .multiply(BigDecimal.valueOf(SCHOOL_WEEKS));
    BigDecimal divisor = BigDecimal.valueOf(60L * 100L * Math.max(1, groupSize));
    return pence.divide(divisor, 2, RoundingMode.HALF_UP);
  }
}

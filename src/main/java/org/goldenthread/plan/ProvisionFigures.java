package org.goldenthread.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The figures derived from provision: minutes a week, and the cost of a school year.
 *
 * <ul>
 *   <li>weekly minutes = sessions a week × minutes a session;
 *   <li>yearly cost = the school's rate per hour for who delivers it × weekly hours × {@value
 *       #SCHOOL_WEEKS} school weeks ÷ group size (each child in a group carries their share),
 *       rounded to the penny, half up. Unknown (null) while the school has no rate for the role.
 * </ul>
 */
public final class ProvisionFigures {

  /** The weeks of a school year over which provision is costed. */
  public static final int SCHOOL_WEEKS = 39;

  private ProvisionFigures() {}

  public static int weeklyMinutes(int sessionsPerWeek, int minutesPerSession) {
    return Math.multiplyExact(sessionsPerWeek, minutesPerSession);
  }

  /** The cost of a school year in pounds, to the penny; null when there is no rate. */
  public static BigDecimal annualCost(Integer pencePerHour, int weeklyMinutes, int groupSize) {
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

  /** The plan's totals: all its provision's weekly minutes, and the yearly costs that are known. */
  public static Totals totals(Collection<ProvisionView> provisions) {
    int minutes = provisions.stream().mapToInt(ProvisionView::weeklyMinutes).sum();
    BigDecimal cost =
        provisions.stream()
            .map(ProvisionView::annualCost)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new Totals(minutes, cost);
  }

  /** A plan's weekly minutes of provision and its yearly cost (of the provision with a rate). */
  public record Totals(int weeklyMinutes, BigDecimal annualCost) {}
}

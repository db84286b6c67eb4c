package org.goldenthread.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The figures the plan derives from provision itself: minutes a week (sessions a week × minutes a
 * session), and the plan's totals. What a school year of provision costs is the costing's ({@link
 * ProvisionCosting}).
 */
public final class ProvisionFigures {

  private ProvisionFigures() {}

  public static int weeklyMinutes(int sessionsPerWeek, int minutesPerSession) {
    return Math.multiplyExact(sessionsPerWeek, minutesPerSession);
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

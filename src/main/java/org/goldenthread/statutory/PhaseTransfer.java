package org.goldenthread.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * Which children move to a new phase of education next September, from their year group: nursery to
 * reception (N2), primary to secondary (year 6) and secondary to post-16 (year 11). An EHC plan
 * must be amended for the move by 15 February (31 March for post-16). Moves that depend on the kind
 * of school (infant to junior, first to middle) are not known from the year group alone.
 */
final class PhaseTransfer {

  static final Set<String> LAST_YEAR_OF_PHASE = Set.of("N2", "6", "11");

  private PhaseTransfer() {}

  /** The 1 September on which the child moves, when their year is the last of a phase. */
  static Optional<LocalDate> move(String yearGroup, LocalDate today) {
    if (!LAST_YEAR_OF_PHASE.contains(yearGroup)) {
      return Optional.empty();
    }
    int year =
        today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() + 1 : today.getYear();
    return Optional.of(LocalDate.of(year, Month.SEPTEMBER, 1));
  }

  /** The start of the school year before the move: amendments from then on are for the move. */
  static LocalDate yearBefore(LocalDate move) {
    return move.minusYears(1);
  }
}

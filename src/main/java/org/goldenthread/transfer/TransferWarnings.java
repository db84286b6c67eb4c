package org.goldenthread.transfer;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.goldenthread.child.YearGroup;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.PageLabels;
import org.springframework.stereotype.Component;

/**
 * What may not fit in a move, said as a warning and never a refusal: the receiving school's phase
 * and the year group the child will be in on the move date (a year on for each 1 September passed
 * by then, so that a year 6 pupil moving to a secondary school in September fits).
 */
@Component
class TransferWarnings {

  private final PageLabels labels;

  TransferWarnings(PageLabels labels) {
    this.labels = labels;
  }

  List<String> of(SchoolSummary to, String yearGroup, LocalDate today, LocalDate movesOn) {
    Integer now = YearGroup.number(yearGroup);
    if (now == null || to == null) {
      return List.of();
    }
    int then = now + septembersBetween(today, movesOn);
    return range(to.phase())
        .filter(range -> then < range[0] || then > range[1])
        .map(
            range ->
                List.of(
                    labels.text(
                        "transfer.warning.phase",
                        to.name(),
                        labels.text("transfer.phase." + to.phase().name()),
                        yearText(then))))
        .orElse(List.of());
  }

  /** The first and last year group a school of this phase teaches; empty when any may fit. */
  static Optional<int[]> range(SchoolPhase phase) {
    return switch (phase) {
      case NURSERY -> Optional.of(new int[] {-2, 0});
      case PRIMARY -> Optional.of(new int[] {-2, 6});
      case MIDDLE -> Optional.of(new int[] {4, 8});
      case SECONDARY -> Optional.of(new int[] {7, 13});
      case POST_16 -> Optional.of(new int[] {12, 14});
      case ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION -> Optional.empty();
    };
  }

  static int septembersBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate first = LocalDate.of(from.getYear(), Month.SEPTEMBER, 1);
        !first.isAfter(to);
        first = first.plusYears(1)) {
      if (first.isAfter(from)) {
        count++;
      }
    }
    return count;
  }

  private String yearText(int year) {
    return switch (year) {
      case -2, -1 -> labels.text("transfer.year.nursery");
      case 0 -> labels.text("transfer.year.reception");
      default -> labels.text("transfer.year.number", year);
    };
  }
}

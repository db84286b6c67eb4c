package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A due date never moves earlier when the event it counts from moves later. For an appeal the last
 * day to act is what holds this: a date at Christmas moves itself to the first working day after 1
 * January, while a weekend just after (2 January 2027) keeps its date and carries the same working
 * day as the next one (api.md).
 */
class DueDatePropertyTests {

  @Property(tries = 5000)
  void aLaterEventNeverGivesAnEarlierDueDate(
      @ForAll("kinds") DeadlineKind kind,
      @ForAll("days") LocalDate on,
      @ForAll @IntRange(min = 0, max = 400) int daysLater,
      @ForAll("facts") DeadlineFacts others) {
    DeadlineFacts earlier = new DeadlineFacts(on, others.certificateOn(), others.dateOfBirth());
    DeadlineFacts later =
        new DeadlineFacts(on.plusDays(daysLater), others.certificateOn(), others.dateOfBirth());
    DueDate first = DueDateRules.due(kind, earlier, ShippedCalendar.DAYS);
    DueDate second = DueDateRules.due(kind, later, ShippedCalendar.DAYS);
    assertThat(second.lastDay()).isAfterOrEqualTo(first.lastDay());
    if (kind != DeadlineKind.APPEAL) {
      assertThat(second.due()).isAfterOrEqualTo(first.due());
    }
  }

  @Property(tries = 1000)
  void aLaterCertificateNeverGivesAnEarlierAppeal(
      @ForAll("days") LocalDate decision,
      @ForAll("days") LocalDate certificate,
      @ForAll @IntRange(min = 0, max = 200) int daysLater) {
    DueDate first =
        DueDateRules.due(
            DeadlineKind.APPEAL,
            new DeadlineFacts(decision, certificate, null),
            ShippedCalendar.DAYS);
    DueDate second =
        DueDateRules.due(
            DeadlineKind.APPEAL,
            new DeadlineFacts(decision, certificate.plusDays(daysLater), null),
            ShippedCalendar.DAYS);
    assertThat(second.lastDay()).isAfterOrEqualTo(first.lastDay());
  }

  @Property(tries = 1000)
  void theNextWorkingDayIsAWorkingDayAfterTheDue(
      @ForAll("kinds") DeadlineKind kind, @ForAll("days") LocalDate on) {
    DueDate due = DueDateRules.due(kind, DeadlineFacts.on(on), ShippedCalendar.DAYS);
    if (due.nextWorkingDay() != null) {
      assertThat(due.nextWorkingDay()).isAfter(due.due());
      assertThat(ShippedCalendar.DAYS.isWorkingDay(due.nextWorkingDay())).isTrue();
    } else {
      assertThat(ShippedCalendar.DAYS.isWorkingDay(due.due())).isTrue();
    }
  }

  @Provide
  Arbitrary<DeadlineKind> kinds() {
    return Arbitraries.of(DeadlineKind.class).filter(DeadlineKind::followsFromDates);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, 365 * 5)
        .map(offset -> LocalDate.of(2024, 1, 1).plusDays(offset));
  }

  @Provide
  Arbitrary<DeadlineFacts> facts() {
    Arbitrary<LocalDate> certificate = days().injectNull(0.5);
    Arbitrary<LocalDate> birth =
        Arbitraries.integers()
            .between(0, 365 * 22)
            .map(offset -> LocalDate.of(2005, 1, 1).plusDays(offset))
            .injectNull(0.3);
    return Combinators.combine(certificate, birth)
        .as((cert, dateOfBirth) -> new DeadlineFacts(null, cert, dateOfBirth));
  }
}

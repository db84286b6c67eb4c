package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one rule for terms: autumn September to December, spring January to March, summer April to
 * August.
 */
class FeedbackTermTests {

  @Test
  void eachDayFallsInOneTermOfItsSchoolYear() {
    assertThat(FeedbackTerm.of(LocalDate.of(2026, 9, 1)).code()).isEqualTo("AUTUMN-2026");
    assertThat(FeedbackTerm.of(LocalDate.of(2026, 12, 31)).code()).isEqualTo("AUTUMN-2026");
    assertThat(FeedbackTerm.of(LocalDate.of(2027, 1, 1)).code()).isEqualTo("SPRING-2026");
    assertThat(FeedbackTerm.of(LocalDate.of(2027, 3, 31)).code()).isEqualTo("SPRING-2026");
    assertThat(FeedbackTerm.of(LocalDate.of(2027, 4, 1)).code()).isEqualTo("SUMMER-2026");
    assertThat(FeedbackTerm.of(LocalDate.of(2027, 8, 31)).code()).isEqualTo("SUMMER-2026");
  }

  @Test
  void termsFollowOneAnother() {
    FeedbackTerm autumn = FeedbackTerm.of(LocalDate.of(2026, 10, 5));
    assertThat(autumn.start()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(autumn.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(autumn.next().code()).isEqualTo("SPRING-2026");
    assertThat(autumn.next().next().code()).isEqualTo("SUMMER-2026");
    assertThat(autumn.next().next().next().code()).isEqualTo("AUTUMN-2027");
    assertThat(autumn.previous().code()).isEqualTo("SUMMER-2025");
  }

  @Test
  void feedbackStaysOpenUntilTheEndOfTheNextTerm() {
    assertThat(FeedbackTerm.openUntil(LocalDate.of(2026, 12, 18)))
        .isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(FeedbackTerm.openUntil(LocalDate.of(2027, 7, 20)))
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(FeedbackTerm.openUntil(LocalDate.of(2027, 2, 1)))
        .isEqualTo(LocalDate.of(2027, 8, 31));
  }
}

package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTests {

  @Test
  void aRealDate() {
    assertThat(new DateInput("29", "2", "2024").toLocalDate()).contains(LocalDate.of(2024, 2, 29));
    assertThat(new DateInput(" 07 ", "03", " 2007").toLocalDate())
        .contains(LocalDate.of(2007, 3, 7));
  }

  @Test
  void datesThatAreNotReal() {
    assertThat(new DateInput("29", "2", "2023").toLocalDate()).isEmpty();
    assertThat(new DateInput("31", "4", "2020").toLocalDate()).isEmpty();
    assertThat(new DateInput("1", "13", "2020").toLocalDate()).isEmpty();
    assertThat(new DateInput("1", "1", "20").toLocalDate()).as("two-digit year").isEmpty();
    assertThat(new DateInput("one", "1", "2020").toLocalDate()).isEmpty();
    assertThat(new DateInput(null, "1", "2020").toLocalDate()).isEmpty();
    assertThat(DateInput.empty().toLocalDate()).isEmpty();
  }

  @Test
  void blankMeansNothingTyped() {
    assertThat(DateInput.empty().isBlank()).isTrue();
    assertThat(new DateInput(null, " ", "").isBlank()).isTrue();
    assertThat(new DateInput("", "", "2020").isBlank()).isFalse();
  }

  @Test
  void fromADate() {
    assertThat(DateInput.of(LocalDate.of(2026, 11, 22)))
        .isEqualTo(new DateInput("22", "11", "2026"));
    assertThat(DateInput.of(null)).isEqualTo(DateInput.empty());
  }
}

package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineStatusTests {

  private static final LocalDate LAST_DAY = LocalDate.parse("2026-05-26");

  @Test
  void pendingUntilTheEndOfTheLastDayThenMissed() {
    assertThat(DeadlineStatus.on(LAST_DAY, LAST_DAY, null, null)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(DeadlineStatus.on(LAST_DAY.plusDays(1), LAST_DAY, null, null))
        .isEqualTo(DeadlineStatus.MISSED);
  }

  @Test
  void metWhenADateIsRecordedEvenLateAndPausedWhenAReasonIs() {
    assertThat(DeadlineStatus.on(LAST_DAY.plusDays(9), LAST_DAY, LAST_DAY.plusDays(3), null))
        .isEqualTo(DeadlineStatus.MET);
    assertThat(DeadlineStatus.on(LAST_DAY.plusDays(9), LAST_DAY, null, "The family asked"))
        .isEqualTo(DeadlineStatus.PAUSED);
  }
}

package org.goldenthread.retention;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run, at {@code goldenthread.retention.cron} (02:30 unless set; {@code -} switches it
 * off). Every instance of the app starts it; the first to claim the day runs it.
 */
@Component
class RetentionSchedule {

  private final RetentionRuns runs;
  private final Clock clock;

  RetentionSchedule(RetentionRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @Scheduled(cron = "${goldenthread.retention.cron:0 30 2 * * *}", zone = "Europe/London")
  void daily() {
    runs.run(clock.instant(), RetentionRuns.Trigger.SCHEDULE);
  }
}

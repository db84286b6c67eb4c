package org.goldenthread.retention;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run, at {@code goldenthread.retention.cron} (02:30 unless set; {@code -} switches it
 * off), on one of the app nodes that have jobs on (the job's lock, {@code ScheduledJobs}); the run
 * claims its day as well, so a day is never run twice.
 */
@Component
class RetentionSchedule {

  private final RetentionRuns runs;
  private final Clock clock;

  RetentionSchedule(RetentionRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @SchedulerLock(name = "retention")
  @Scheduled(cron = "${goldenthread.retention.cron:0 30 2 * * *}", zone = "Europe/London")
  void daily() {
    runs.run(clock.instant(), RetentionRuns.Trigger.SCHEDULE);
  }
}

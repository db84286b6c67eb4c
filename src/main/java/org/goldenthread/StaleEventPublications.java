package org.goldenthread;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event again to a listener that did not finish with it: one that failed, or one left
 * unfinished for longer than {@code goldenthread.events.stale-after} (5 minutes), as a node that
 * was stopped or killed half way leaves it. A job (one node at a time, {@link ScheduledJobs}) every
 * minute: it marks the stale publications failed, then resubmits the failed ones through Spring
 * Modulith, which claims each publication before it resubmits it (a conditional update to {@code
 * RESUBMITTED}), so that one node resubmits it once. One that fails again waits longer each time (1
 * minute, doubled after each attempt, at most an hour) and stays in {@code event_publication} until
 * it succeeds.
 *
 * <p>Publications are not resubmitted when a node starts: that would hand a node the events that
 * another node is handling at that moment. Spring Modulith's own staleness monitor is left off: in
 * 2.1.1 it measures a resubmitted publication's age from its first publication, so it would fail
 * and resubmit a publication that is being handled again right now.
 */
@Component
class StaleEventPublications {

  private static final Logger log = LoggerFactory.getLogger(StaleEventPublications.class);
  private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private final FailedEventPublications failed;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration staleAfter;

  StaleEventPublications(
      FailedEventPublications failed,
      JdbcClient jdbc,
      Clock clock,
      @Value("${goldenthread.events.stale-after:PT5M}") Duration staleAfter) {
    this.failed = failed;
    this.jdbc = jdbc;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  @Scheduled(
      initialDelayString = "${goldenthread.events.resubmit-every:PT1M}",
      fixedDelayString = "${goldenthread.events.resubmit-every:PT1M}")
  @SchedulerLock(name = "event-publications")
  void check() {
    int stale = markStaleFailed();
    if (stale > 0) {
      log.info("{} event publications were left unfinished; they are handed over again", stale);
    }
    Instant now = clock.instant();
    failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> dueAgain(p, now)));
  }

  /** Marks failed the publications left unfinished for too long; answers how many. */
  int markStaleFailed() {
    return jdbc.sql(
            """
            update event_publication set status = 'FAILED'
             where completion_date is null
               and ((status in ('PUBLISHED', 'PROCESSING') and publication_date < :before)
                 or (status = 'RESUBMITTED' and last_resubmission_date < :before))
            """)
        .param("before", Timestamp.from(clock.instant().minus(staleAfter)))
        .update();
  }

  /** Whether a failed publication has waited long enough since its last resubmission. */
  static boolean dueAgain(EventPublication publication, Instant now) {
    Instant last = publication.getLastResubmissionDate();
    return last == null || !last.plus(waitAfter(publication.getCompletionAttempts())).isAfter(now);
  }

  static Duration waitAfter(int attempts) {
    Duration wait = FIRST_WAIT;
    for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
  }
}

package org.goldenthread.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waiting for the listeners of events (mail, the meetings' own) to finish, read from Spring
 * Modulith's publication registry: an event's publication is written when it is published and
 * removed when its listener completes. A listener that fails leaves it there, and the wait fails.
 * The mail that listeners queue leaves the queue a moment later: the wait lasts until it has.
 */
public final class EventPublications {

  private EventPublications() {}

  /**
   * Waits until every event that mentions this text (a child's id, say) has been handled, and the
   * mail queued meanwhile has been handed to the mail server (or the outbox).
   */
  public static void awaitHandled(JdbcTemplate jdbc, String mentioned) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from event_publication where completion_date is null"
                            + " and serialized_event like ?",
                        Long.class,
                        "%" + mentioned + "%")
                    == 0);
    awaitMailSent(jdbc);
  }

  /**
   * Waits until the mail queued in the last two minutes has been tried at least once. Each test
   * application context works a mail queue of its own; this counts them all, as only the context of
   * the test running queues mail at a time.
   */
  public static void awaitMailSent(JdbcTemplate jdbc) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from outbox_message where sent_at is null"
                            + " and failed_at is null and attempts = 0 and channel like 'test-%'"
                            + " and created_at > now() - interval '2 minutes'",
                        Long.class)
                    == 0);
  }
}

package org.goldenthread.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waiting for the listeners of events (mail, the meetings' own) to finish, read from Spring
 * Modulith's publication registry: an event's publication is written when it is published and
 * removed when its listener completes. A listener that fails leaves it there, and the wait fails.
 */
public final class EventPublications {

  private EventPublications() {}

  /** Waits until every event that mentions this text (a child's id, say) has been handled. */
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
  }
}

package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;

/**
 * Which event publications are handed over again: one a node left unfinished for longer than 5
 * minutes (stopped or killed half way), or one whose second try was left so, is marked failed for
 * the resubmission; one being handled right now is left alone. A failed one waits longer after each
 * attempt.
 */
@IntegrationTest
class StaleEventPublicationsTests {

  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

  @Autowired StaleEventPublications stale;
  @Autowired JdbcClient jdbc;
  private final String listener = "test.listener." + UUID.randomUUID();

  @AfterEach
  void removeThem() {
    jdbc.sql("delete from event_publication where listener_id = :l").param("l", listener).update();
  }

  @Test
  void publicationsLeftUnfinishedTooLongAreMarkedFailedAndThoseInHandAreNot() {
    UUID leftByAKilledNode = publication("PROCESSING", Duration.ofMinutes(10), null);
    UUID neverStarted = publication("PUBLISHED", Duration.ofMinutes(10), null);
    UUID inHand = publication("PROCESSING", Duration.ofSeconds(20), null);
    UUID retriedLongAgo = publication("RESUBMITTED", Duration.ofHours(2), Duration.ofMinutes(10));
    UUID retriedJustNow = publication("RESUBMITTED", Duration.ofHours(2), Duration.ofSeconds(20));

    assertThat(stale.markStaleFailed()).isGreaterThanOrEqualTo(3);

    assertThat(status(leftByAKilledNode)).isEqualTo("FAILED");
    assertThat(status(neverStarted)).isEqualTo("FAILED");
    assertThat(status(inHand)).isEqualTo("PROCESSING");
    assertThat(status(retriedLongAgo)).isEqualTo("FAILED");
    assertThat(status(retriedJustNow)).as("its new try is under way").isEqualTo("RESUBMITTED");
  }

  @Test
  void aFailedPublicationWaitsLongerAfterEachAttempt() {
    assertThat(StaleEventPublications.dueAgain(failed(0, null), NOW)).isTrue();
    assertThat(StaleEventPublications.dueAgain(failed(1, NOW.minusSeconds(30)), NOW)).isFalse();
    assertThat(StaleEventPublications.dueAgain(failed(1, NOW.minusSeconds(60)), NOW)).isTrue();
    assertThat(StaleEventPublications.dueAgain(failed(3, NOW.minusSeconds(200)), NOW)).isFalse();
    assertThat(StaleEventPublications.dueAgain(failed(3, NOW.minusSeconds(240)), NOW)).isTrue();
    assertThat(StaleEventPublications.waitAfter(20)).isEqualTo(Duration.ofHours(1));
  }

  private UUID publication(String status, Duration age, Duration sinceResubmitted) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into event_publication (id, listener_id, event_type, serialized_event,
              publication_date, status, completion_attempts, last_resubmission_date)
            values (:id, :listener, 'java.lang.String', '"test"', :at, :status, 0, :resubmitted)
            """)
        .param("id", id)
        .param("listener", listener)
        .param("at", Timestamp.from(now.minus(age)))
        .param("status", status)
        .param(
            "resubmitted",
            Optional.ofNullable(sinceResubmitted)
                .map(since -> Timestamp.from(now.minus(since)))
                .orElse(null))
        .update();
    return id;
  }

  private String status(UUID id) {
    return jdbc.sql("select status from event_publication where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private static EventPublication failed(int attempts, Instant lastResubmission) {
    return new EventPublication() {
      @Override
      public UUID getIdentifier() {
        return UUID.randomUUID();
      }

      @Override
      public Object getEvent() {
        return "test";
      }

      @Override
      public Instant getPublicationDate() {
        return NOW.minus(Duration.ofHours(1));
      }

      @Override
      public Optional<Instant> getCompletionDate() {
        return Optional.empty();
      }

      @Override
      public Status getStatus() {
        return Status.FAILED;
      }

      @Override
      public Instant getLastResubmissionDate() {
        return lastResubmission;
      }

      @Override
      public int getCompletionAttempts() {
        return attempts;
      }
    };
  }
}

package org.goldenthread.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last review of a plan, read from the recorded reviews. A review recorded late (after the day
 * it was held) counts from the day it was recorded: the plan as it stood on an earlier day shows
 * the review known then.
 */
@Repository
class StoredReviews implements ReviewedOutcomes {

  private final JdbcClient jdbc;
  private final Clock clock;

  StoredReviews(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore) {
    Timestamp endOfDay =
        Timestamp.from(onOrBefore.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    Optional<Found> found =
        jdbc.sql(
                """
                select id, held_on, recorded_at from plan_review
                where child_id = ? and held_on <= ? and recorded_at < ?
                order by held_on desc, recorded_at desc, id
                limit 1
                """)
            .params(childId, onOrBefore, endOfDay)
            .query(
                (row, n) ->
                    new Found(
                        row.getObject("id", UUID.class),
                        row.getObject("held_on", LocalDate.class),
                        row.getTimestamp("recorded_at").toInstant()))
            .optional();
    return found.map(
        review ->
            new LastReview(
                review.heldOn(),
                review.recordedAt(),
                new HashSet<>(
                    jdbc.sql("select outcome_id from plan_review_progress where review_id = ?")
                        .params(review.id())
                        .query(UUID.class)
                        .list())));
  }

  private record Found(UUID id, LocalDate heldOn, Instant recordedAt) {}
}

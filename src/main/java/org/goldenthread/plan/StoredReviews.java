package org.goldenthread.plan;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
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

  /** The review with the outcomes it recorded progress on, in one query. */
  @Override
  public Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore) {
    Timestamp endOfDay =
        Timestamp.from(onOrBefore.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    return jdbc.sql(
            """
            select r.held_on, r.recorded_at,
              array(select p.outcome_id from plan_review_progress p where p.review_id = r.id)
                as outcome_ids
            from plan_review r
            where r.child_id = ? and r.held_on <= ? and r.recorded_at < ?
            order by r.held_on desc, r.recorded_at desc, r.id
            limit 1
            """)
        .params(childId, onOrBefore, endOfDay)
        .query(
            (row, n) ->
                new LastReview(
                    row.getObject("held_on", LocalDate.class),
                    row.getTimestamp("recorded_at").toInstant(),
                    uuids(row.getArray("outcome_ids"))))
        .optional();
  }

  private static Set<UUID> uuids(Array array) throws SQLException {
    return Set.copyOf(Arrays.asList((UUID[]) array.getArray()));
  }
}

package org.goldenthread.review;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.plan.BreakKind;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.PlanContent;
import org.goldenthread.plan.ThreadBreak;
import org.goldenthread.plan.ThreadBreakRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reviews' rule for the plan's thread, {@code OUTCOME_NOT_REVIEWED}: an outcome that existed at
 * the last review, which has no progress entry for it. It existed at the review when it had been
 * added both by the end of the day the review was held (in England) and before the review was
 * recorded, so an outcome added after the review (for instance one the review agreed) is new since,
 * not one the review missed. Reviews recorded through {@link Reviews} cover every outcome, so this
 * break shows a review that missed one some other way (recorded before that rule, or brought in
 * from elsewhere). A review recorded late counts from the day it was recorded: the plan as it stood
 * on an earlier day shows the review known then.
 */
@Component
class UnreviewedOutcomes implements ThreadBreakRule {

  private final JdbcClient jdbc;
  private final Clock clock;

  UnreviewedOutcomes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<ThreadBreak> breaksIn(UUID childId, PlanContent plan, LocalDate day) {
    if (plan.outcomes().isEmpty()) {
      return List.of();
    }
    return lastReview(childId, day)
        .map(review -> missed(plan, review, clock.getZone()))
        .orElse(List.of());
  }

  /** The outcomes of the plan that existed at the review and have no progress entry in it. */
  static List<ThreadBreak> missed(PlanContent plan, LastReview review, ZoneId zone) {
    return plan.outcomes().stream()
        .filter(outcome -> existedAt(review, outcome, zone))
        .filter(outcome -> !review.outcomeIds().contains(outcome.id()))
        .map(outcome -> new ThreadBreak(BreakKind.OUTCOME_NOT_REVIEWED, outcome, review.heldOn()))
        .toList();
  }

  private static boolean existedAt(LastReview review, OutcomeView outcome, ZoneId zone) {
    LocalDate added = outcome.addedAt().atZone(zone).toLocalDate();
    return !added.isAfter(review.heldOn()) && outcome.addedAt().isBefore(review.recordedAt());
  }

  /** The last review known at the end of the day, with the outcomes it recorded, in one query. */
  private Optional<LastReview> lastReview(UUID childId, LocalDate onOrBefore) {
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

  /** A review: the day held, when recorded, and the outcomes with a progress entry in it. */
  record LastReview(LocalDate heldOn, Instant recordedAt, Set<UUID> outcomeIds) {}
}

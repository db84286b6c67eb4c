package org.goldenthread.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.HomePanel;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PagePanel;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Concerns waiting for your decision" on a SENCO's home: the concerns about the pupils of the
 * schools where they are SENCO that have no decision yet, late ones first and flagged, then by the
 * day the decision is due. One statement, with the children's names: a SENCO sees every pupil of
 * their school, unless a limit recorded on them as a family member hides the child.
 */
@Component
@Order(8)
class ConcernsHomePanel implements HomePanel {

  private static final String AWAITING =
      """
      select k.id, k.child_id, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name
               as child_name,
             k.raised_on, k.raised_by_name, k.answer_due_on, k.meeting_starts_at
        from concern k
        join child c on c.id = k.child_id
       where k.decided_on is null
         and c.school_id in (:schools)
         and not exists (select 1 from family_member f
                          where f.child_id = c.id and f.user_id = :user
                            and f.information_limited)
       order by (k.answer_due_on < :today) desc, k.answer_due_on, k.raised_at
       limit 100
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  ConcernsHomePanel(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<UUID> schools = List.copyOf(user.organisationsWhere(Role.SENCO));
    if (!seesChildren || schools.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    List<AwaitingConcern> awaiting = awaiting(user.id(), schools, today);
    return Optional.of(
        new PagePanel(
            "concerns",
            "concern.panel.home.heading",
            "concern/home-panel",
            Map.of(
                "awaiting",
                awaiting,
                "late",
                awaiting.stream().filter(AwaitingConcern::late).count(),
                "today",
                today)));
  }

  List<AwaitingConcern> awaiting(UUID userId, List<UUID> schools, LocalDate today) {
    return jdbc.sql(AWAITING)
        .param("schools", schools)
        .param("user", userId)
        .param("today", today)
        .query(
            (row, n) -> {
              LocalDate due = row.getObject("answer_due_on", LocalDate.class);
              Timestamp meeting = row.getTimestamp("meeting_starts_at");
              return new AwaitingConcern(
                  row.getObject("id", UUID.class),
                  row.getObject("child_id", UUID.class),
                  row.getString("child_name"),
                  row.getObject("raised_on", LocalDate.class),
                  row.getString("raised_by_name"),
                  due,
                  meeting == null ? null : meeting.toInstant(),
                  today.isAfter(due));
            })
        .list();
  }
}

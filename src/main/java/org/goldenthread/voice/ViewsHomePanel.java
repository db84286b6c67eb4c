package org.goldenthread.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * "Views waiting for a reply" on a SENCO's home: the open loops (views not yet fed back) of the
 * pupils of the schools where they are SENCO, oldest first, each with its age. One statement, with
 * the children's names: a SENCO sees every pupil of their school, unless a limit recorded on them
 * as a family member hides the child.
 */
@Component
@Order(9)
class ViewsHomePanel implements HomePanel {

  private static final String WAITING =
      """
      select v.id, v.child_id, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name
               as child_name,
             v.whose, v.recorded_at, v.status
        from voice_view v
        join child c on c.id = v.child_id
       where v.status <> 'FED_BACK'
         and c.school_id in (:schools)
         and not exists (select 1 from family_member f
                          where f.child_id = c.id and f.user_id = :user
                            and f.information_limited)
       order by v.recorded_at, v.id
       limit 100
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  ViewsHomePanel(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<PagePanel> panelFor(CurrentUser user, boolean seesChildren) {
    List<UUID> schools = List.copyOf(user.organisationsWhere(Role.SENCO));
    if (!seesChildren || schools.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PagePanel(
            "views-waiting",
            "voice.panel.home.heading",
            "voice/home-panel",
            Map.of("waiting", waiting(user.id(), schools))));
  }

  List<WaitingView> waiting(UUID userId, List<UUID> schools) {
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql(WAITING)
        .param("schools", schools)
        .param("user", userId)
        .query(
            (row, n) -> {
              var recordedAt = row.getTimestamp("recorded_at").toInstant();
              return new WaitingView(
                  row.getObject("id", UUID.class),
                  row.getObject("child_id", UUID.class),
                  row.getString("child_name"),
                  Whose.valueOf(row.getString("whose")),
                  recordedAt,
                  ViewStatus.valueOf(row.getString("status")),
                  Math.max(
                      0,
                      ChronoUnit.DAYS.between(
                          LocalDate.ofInstant(recordedAt, clock.getZone()), today)));
            })
        .list();
  }
}

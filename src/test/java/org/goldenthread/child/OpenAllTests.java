package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ChildAccess#openAll} decides about many children at once as {@link ChildAccess#open} would
 * about each: an outside professional is let in through a team place that stands (consent given,
 * the place not ended), and only to those children, however many teams they sit on elsewhere.
 */
@IntegrationTest
@Import(TestChildren.class)
class OpenAllTests {

  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired JdbcClient sql;
  @Autowired TestChildren fixtures;

  FreshSchool school;
  CurrentUser professional;
  UUID consented;
  UUID pending;
  UUID ended;
  UUID notOnTheTeam;
  UUID elsewhere;

  @BeforeEach
  void setUp() {
    school = FreshSchool.open(context);
    professional = fixtures.professional("Therapist");
    consented = child();
    pending = child();
    ended = child();
    notOnTheTeam = child();
    elsewhere = child();
    LocalDate today = LocalDate.now();
    place(consented, "GIVEN", null);
    place(pending, "PENDING", null);
    place(ended, "GIVEN", today.minusDays(1));
    place(elsewhere, "GIVEN", null);
  }

  @Test
  void anOutsideProfessionalOpensOnlyTheChildrenWhoseTeamPlaceStands() {
    Map<UUID, AccessibleChild> opened =
        access.openAll(professional, List.of(consented, pending, ended, notOnTheTeam));

    assertThat(opened).containsOnlyKeys(consented);
    assertThat(opened.get(consented).grant().principal()).isEqualTo(Relationship.TEAM_MEMBER);
    assertThat(opened.get(consented).grant())
        .isEqualTo(access.open(professional, consented).grant());
  }

  @Test
  void theSchoolsSencoOpensEveryChildOfTheSchool() {
    List<UUID> all = List.of(consented, pending, ended, notOnTheTeam);

    Map<UUID, AccessibleChild> opened = access.openAll(school.senco(), all);

    assertThat(opened).containsOnlyKeys(all);
    opened.values().forEach(c -> assertThat(c.schoolId()).isEqualTo(school.id()));
  }

  private UUID child() {
    UUID id = UUID.randomUUID();
    FreshSchool.child(sql, id, school.id());
    return id;
  }

  private void place(UUID childId, String consent, LocalDate endOn) {
    sql.sql(
            """
            insert into team_member (id, child_id, user_id, name, role, start_on, end_on, consent)
            values (?, ?, ?, 'Theo Therapist', 'SPEECH_AND_LANGUAGE_THERAPIST', ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            childId,
            professional.id(),
            LocalDate.now().minusMonths(1),
            endOn,
            consent)
        .update();
  }
}

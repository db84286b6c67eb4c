package org.goldenthread.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.goldenthread.support.StatementCount;
import org.goldenthread.support.StatementCount.Counted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload of a school of 2,000 pupils, a third with a review, meetings, actions, views and a
 * plan: the page runs the same few statements whatever the figure, filter, order or page (the
 * figures in one aggregate query, the page of 50 in another, the count in a third), and the CSV
 * file streams every pupil in one query.
 */
@IntegrationTest
@Import(StatementCount.Counting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadStatementsTests {

  static final int PUPILS = 2_000;

  /**
   * Seven, measured: the page's own three (the school, to decide who may see it; the figures; the
   * page of 50 with how many match, in one statement) and the session's and layout's reads around
   * them. A page past the end adds one (the count).
   */
  static final int MOST_STATEMENTS = 7;

  @LocalServerPort int port;
  @Autowired JdbcClient sql;
  @Autowired Accounts accounts;

  String senco;
  UUID school;

  @BeforeAll
  void aSchoolOfTwoThousand() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    school = FreshSchool.school(sql, tag);
    senco = "senco-" + tag + "@large.example";
    UUID sencoId =
        accounts
            .createOrGrant(senco, "Sam Large", ApiClient.DEMO_PASSWORD, Role.SENCO, school)
            .id();
    sql.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, primary_need, created_at, updated_at)
            select gen_random_uuid(), 'Pupil' || n, 'Family' || lpad(n::text, 4, '0'),
                   date '2012-09-01' + n % 700, :school, (7 + n % 5)::text,
                   case when n % 6 = 0 then 'E' when n % 3 = 0 then 'K' else 'N' end,
                   case when n % 3 = 0 then 'SLCN' end, now(), now()
            from generate_series(1, :pupils) n
            """)
        .param("school", school)
        .param("pupils", PUPILS)
        .update();
    sql.sql(
            """
            insert into plan_review (id, child_id, held_on, decision, next_review_on,
              recorded_by_name, recorded_at)
            select gen_random_uuid(), id, current_date - 100, 'CONTINUE',
                   current_date - 50 + (abs(hashtext(id::text)) % 120), 'Sam', now()
            from child where school_id = :school and sen_status <> 'N'
            """)
        .param("school", school)
        .update();
    sql.sql(
            """
            insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
              organiser_id, organiser_name, status, calendar_uid, created_at)
            select gen_random_uuid(), c.id, 'SEN_SUPPORT_REVIEW', now() - interval '1 hour', 30,
                   'Room 1', :senco, 'Sam', 'BOOKED', gen_random_uuid()::text, now()
            from child c, generate_series(1, 2) k
            where c.school_id = :school and c.sen_status <> 'N'
            """)
        .param("school", school)
        .param("senco", sencoId)
        .update();
    sql.sql(
            """
            insert into meeting_action (id, meeting_id, child_id, description, owner_id,
              owner_name, due_on, status, created_at, changed_at)
            select gen_random_uuid(), m.id, m.child_id, 'Do it', :senco, 'Sam',
                   current_date - 10 + (abs(hashtext(m.id::text)) % 20), 'OPEN', now(), now()
            from meeting m join child c on c.id = m.child_id where c.school_id = :school
            """)
        .param("school", school)
        .param("senco", sencoId)
        .update();
    sql.sql(
            """
            insert into voice_view (id, child_id, whose, body, recorded_by_name, recorded_at,
              status)
            select gen_random_uuid(), id, 'CHILD', 'A view', 'Pupil', now(), 'OPEN'
            from child where school_id = :school and sen_status = 'E'
            """)
        .param("school", school)
        .update();
    sql.sql(
            """
            insert into plan_need (id, child_id, text, area, added_at, changed_at, changed_in)
            select gen_random_uuid(), id, 'A need', 'SEMH', now(), now(), 1
            from child where school_id = :school and sen_status <> 'N'
            """)
        .param("school", school)
        .update();
    sql.sql("analyze").update();
  }

  @Test
  void thePageRunsTheSameFewStatementsWhateverItShows() {
    PageSession session = new PageSession(port);
    session.signIn(senco, ApiClient.DEMO_PASSWORD);
    String page = "/schools/" + school + "/caseload";
    session.get(page);

    int first = -1;
    for (String query :
        new String[] {
          "",
          "?show=FEW_MEETINGS",
          "?show=OVERDUE_ACTIONS&sort=NEXT_REVIEW&order=desc",
          "?status=K&need=SLCN&year=9&sort=MEETINGS",
          "?show=THREAD_BREAKS&sort=OVERDUE_ACTIONS&page=5",
          "?sort=NEXT_DEADLINE&page=39"
        }) {
      Counted<Page> shown = StatementCount.of(() -> session.get(page + query));
      assertThat(shown.result().status()).as(query).isEqualTo(200);
      assertThat(shown.statements())
          .as(query + "\n" + shown.listed())
          .isLessThanOrEqualTo(MOST_STATEMENTS);
      assertThat(shown.rows()).as(query).isLessThanOrEqualTo(60);
      if (first < 0) {
        first = shown.statements();
      }
      assertThat(shown.statements())
          .as("no statement per child, per row or per figure: " + query)
          .isLessThanOrEqualTo(first + 1);
    }
    Page all = session.get(page);
    assertThat(all.document().select("#caseload-count").text()).isEqualTo("2,000 children");
    assertThat(all.document().select("#caseload-table tbody tr")).hasSize(50);
    assertThat(all.document().select("#figure-SEN_SUPPORT a").text())
        .isEqualTo("333 children on SEN support");
  }

  @Test
  void theCsvStreamsEveryPupilInOneQuery() {
    PageSession session = new PageSession(port);
    session.signIn(senco, ApiClient.DEMO_PASSWORD);

    Counted<Download> csv =
        StatementCount.of(() -> session.download("/schools/" + school + "/caseload.csv"));

    assertThat(csv.result().status()).isEqualTo(200);
    assertThat(csv.result().text().split("\r\n")).hasSize(PUPILS + 1);
    assertThat(csv.statements()).as(csv.listed()).isLessThanOrEqualTo(MOST_STATEMENTS);
  }
}

package org.goldenthread.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The caseload against the real app and database: the figures counted right on records made here,
 * each figure's list, the CSV file (every matching child, a header row, no formulas), hostile query
 * parameters, and 404 for a stranger and another school's SENCO.
 */
@IntegrationTest
class CaseloadApiTests {

  static final String STRANGER = "other.parent@example.org";
  static final String OFFICER = "officer@northshire.example";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient sql;
  ApiClient api;
  FreshSchool school;
  UUID ada;
  UUID ben;
  UUID cal;
  String dashboard;
  String page;

  @BeforeEach
  void aSchoolOfThree() {
    api = new ApiClient(port);
    school = FreshSchool.open(context);
    dashboard = "/api/v1/schools/" + school.id() + "/dashboard";
    page = "/schools/" + school.id() + "/caseload";
    ada = child("Ada", "Adams", "K", "9");
    ben = child("Ben", "Brown", "E", "7");
    cal = child("=HYPERLINK(\"http://x\")", "Cole", "N", "11");
    UUID senco = school.senco().id();

    // Ada: review due in 10 days, one meeting this year, an overdue action, evidence from her
    // family waiting since its due date passed, a view nobody has answered.
    review(ada, 10);
    UUID meeting = meeting(ada, senco);
    sql.sql(
            """
            insert into meeting_action (id, meeting_id, child_id, description, owner_id,
              owner_name, due_on, status, created_at, changed_at)
            values (gen_random_uuid(), ?, ?, 'Send the reading plan', ?, 'Sam', current_date - 3,
              'OPEN', now(), now())
            """)
        .params(meeting, ada, senco)
        .update();
    sql.sql(
            """
            insert into document (id, child_id, title, kind, content_type, file_name, size_bytes,
              sha256, stored_in, uploaded_by_id, uploaded_by_name, uploaded_at, from_family,
              response_due)
            values (gen_random_uuid(), ?, 'Letter', 'MEDICAL_LETTER', 'application/pdf', 'l.pdf',
              10, repeat('a', 64), 'DATABASE', ?, 'Mum', now(), true, current_date - 1)
            """)
        .params(ada, senco)
        .update();
    sql.sql(
            """
            insert into voice_view (id, child_id, whose, body, recorded_by_name, recorded_at,
              status)
            values (gen_random_uuid(), ?, 'CHILD', 'I like maths', 'Ada', now(), 'OPEN')
            """)
        .param(ada)
        .update();

    // Ben: review overdue, three meetings this year, a need no outcome addresses, an answer the
    // school owes in five days.
    review(ben, -1);
    meeting(ben, senco);
    meeting(ben, senco);
    meeting(ben, senco);
    sql.sql(
            """
            insert into plan_need (id, child_id, text, area, added_at, changed_at, changed_in)
            values (gen_random_uuid(), ?, 'Reading', 'COGNITION_AND_LEARNING', now(), now(), 1)
            """)
        .param(ben)
        .update();
    sql.sql(
            """
            insert into written_request (id, child_id, school_id, kind, addressed_to, body,
              made_on, due_on, made_by_name, made_by_role, made_at)
            values (gen_random_uuid(), ?, ?, 'MEETING', 'SCHOOL', 'Can we meet?',
              current_date - 5, current_date + 5, 'Dad', 'PARENT', now())
            """)
        .params(ben, school.id())
        .update();
  }

  @Test
  void theFiguresCountTheRecordsOfTheSchool() {
    ApiClient.Response answer = api.get(dashboard, api.tokenFor(school.senco().email()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode figures = answer.json();
    assertThat(figures.get("schoolId").asString()).isEqualTo(school.id().toString());
    assertThat(figures.get("children").asLong()).isEqualTo(3);
    assertThat(figures.get("senSupport").asLong()).isEqualTo(1);
    assertThat(figures.get("ehcPlan").asLong()).isEqualTo(1);
    assertThat(figures.get("reviewsDueSoon").asLong()).isEqualTo(1);
    assertThat(figures.get("reviewsOverdue").asLong()).isEqualTo(1);
    assertThat(figures.get("fewerThanThreeMeetings").asLong())
        .as("Ada (one meeting), not Ben (three) nor Cal (not on the register)")
        .isEqualTo(1);
    assertThat(figures.get("overdueActions").asLong()).isEqualTo(1);
    assertThat(figures.get("unreadEvidence").asLong()).isEqualTo(1);
    assertThat(figures.get("openViews").asLong()).isEqualTo(1);
    assertThat(figures.get("threadBreaks").asLong()).isEqualTo(1);
    assertThat(figures.get("deadlinesDueSoon").asLong()).isEqualTo(1);
    assertThat(figures.get("deadlinesMissed").asLong()).isEqualTo(1);
  }

  @Test
  void nobodyOutsideTheSchoolSeesItsFigures() {
    assertThat(api.get(dashboard, api.tokenFor(STRANGER)).status()).isEqualTo(404);
    assertThat(api.get(dashboard, api.tokenFor(Pupils.SENCO)).status())
        .as("another school's SENCO")
        .isEqualTo(404);
    assertThat(api.get(dashboard, api.tokenFor(OFFICER)).status())
        .as("an officer of another authority")
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/schools/" + UUID.randomUUID() + "/dashboard", api.tokenFor(OFFICER))
                .status())
        .isEqualTo(404);
    assertThat(signedIn(STRANGER).get(page).status()).isEqualTo(404);
    assertThat(signedIn(Pupils.SENCO).get(page).status()).isEqualTo(404);
    assertThat(signedIn(Pupils.SENCO).download(page + ".csv").status()).isEqualTo(404);
  }

  @Test
  void anOfficerOfTheSchoolsAuthorityReadsItsFigures() {
    String riverside = new Pupils(context).riverside().toString();
    ApiClient.Response answer =
        api.get("/api/v1/schools/" + riverside + "/dashboard", api.tokenFor(OFFICER));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("children").asLong()).isPositive();
  }

  @Test
  void eachFigureLeadsToTheChildrenItCounts() {
    PageSession session = signedIn(school.senco().email());

    PageSession.Page home = session.get(page);
    assertThat(home.status()).isEqualTo(200);
    String overdue = home.document().select("#figure-OVERDUE_ACTIONS a").attr("href");
    PageSession.Page list = session.get(overdue);

    assertThat(list.document().select("#caseload-table tbody th a").eachText())
        .containsExactly("Ada Adams");
    assertThat(
            session
                .get(page + "?show=THREAD_BREAKS")
                .document()
                .select("#caseload-table tbody th a")
                .eachText())
        .containsExactly("Ben Brown");
    assertThat(
            session
                .get(page + "?sort=NEXT_REVIEW&order=desc")
                .document()
                .select("#caseload-table tbody th a")
                .eachText())
        .as("latest review first, none last")
        .containsExactly("Ada Adams", "Ben Brown", "=HYPERLINK(\"http://x\") Cole");
  }

  @Test
  void theCsvHoldsEveryMatchingChildAndNoFormula() {
    Download csv = signedIn(school.senco().email()).download(page + ".csv?sort=YEAR");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
    String[] lines = csv.text().split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).startsWith("Name,UPN,Year group,SEN status");
    assertThat(lines[1]).startsWith("Ben Brown,,7,EHC plan,");
    assertThat(lines[2]).startsWith("Ada Adams,,9,SEN support,");
    assertThat(lines[3]).startsWith("\"'=HYPERLINK(\"\"http://x\"\") Cole\",,11,");

    Download filtered =
        signedIn(school.senco().email()).download(page + ".csv?show=DEADLINES_MISSED");
    assertThat(filtered.text().split("\r\n")).hasSize(2);
  }

  @Test
  void hostileQueryParametersAreIgnoredOrRefusedNeverAnError() {
    PageSession session = signedIn(school.senco().email());

    for (String query :
        new String[] {
          "?status=%3Cscript%3E",
          "?sort=id%3B%20drop%20table%20child",
          "?show=..%2F..%2F",
          "?page=99999999999",
          "?page=-1",
          "?page=999",
          "?year=%27%20or%201%3D1",
          "?need=" + "x".repeat(5000),
          "?order=sideways&sort=NEXT_DEADLINE"
        }) {
      PageSession.Page shown = session.get(page + query);
      assertThat(shown.status()).as(query).isIn(200, 400);
      assertThat(session.download(page + ".csv" + query).status()).as(query).isIn(200, 400);
    }
    assertThat(session.get(page + "?year=9%00").status()).isEqualTo(400);
    assertThat(
            session.get(page + "?status=%3Cscript%3E").document().select("#caseload-count").text())
        .isEqualTo("3 children");
  }

  private PageSession signedIn(String email) {
    PageSession session = new PageSession(port);
    session.signIn(email, ApiClient.DEMO_PASSWORD);
    return session;
  }

  private UUID child(String given, String family, String status, String year) {
    UUID id = UUID.randomUUID();
    sql.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, created_at, updated_at)
            values (?, ?, ?, date '2013-03-01', ?, ?, ?, now(), now())
            """)
        .params(id, given, family, school.id(), year, status)
        .update();
    return id;
  }

  private void review(UUID child, int nextInDays) {
    sql.sql(
            """
            insert into plan_review (id, child_id, held_on, decision, next_review_on,
              recorded_by_name, recorded_at)
            values (gen_random_uuid(), ?, current_date - 200, 'CONTINUE', current_date + ?, 'Sam',
              now())
            """)
        .params(child, nextInDays)
        .update();
  }

  private UUID meeting(UUID child, UUID organiser) {
    UUID id = UUID.randomUUID();
    sql.sql(
            """
            insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
              organiser_id, organiser_name, status, calendar_uid, created_at)
            values (?, ?, 'SEN_SUPPORT_REVIEW', now() - interval '1 hour', 30, 'Room 1', ?, 'Sam',
              'BOOKED', ?, now())
            """)
        .params(id, child, organiser, id + "@test")
        .update();
    return id;
  }
}

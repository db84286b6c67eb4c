package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.AuthorityDetails;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolDetails;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.support.ApiClient;
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
import tools.jackson.databind.JsonNode;

/**
 * A school of 2,000 pupils: its lists are paged in the database, so that the children list, the
 * SENCO's and the officer's homes and the API run a handful of statements, not one per child, and
 * show 50 at a time with the whole count.
 */
@IntegrationTest
@Import(StatementCount.Counting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildListStatementsTests {

  static final int PUPILS = 2_000;
  static final String PASSWORD = ApiClient.DEMO_PASSWORD;

  /**
   * More than a page needs, far fewer than one per child on it (50). The homes ask every source of
   * deadlines and panels for the children with their records within the person's schools (one query
   * each, never reading the rows of other schools' children), then read those records. Requests,
   * messages, the contact log (families out of touch) and documents (evidence awaiting a response)
   * added a statement or two each to the SENCO's home: the bound follows the capabilities on a
   * page, not its children.
   */
  static final int MOST_STATEMENTS = 40;

  /**
   * The rows a page may read: its page of children, the children on SEN support that the SENCO's
   * home checks for meetings (a sixth of the school), their meetings, and the person's own rows;
   * far fewer than one per pupil, or one per team the SENCO leads.
   */
  static final int MOST_ROWS = 600;

  @LocalServerPort int port;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;
  @Autowired JdbcClient sql;

  String senco;
  String officer;
  UUID school;

  @BeforeAll
  void aSchoolOfTwoThousand() {
    Random random = new Random();
    String code;
    do {
      code = String.format("%03d", random.nextInt(1000));
    } while (taken(code, organisations.authorities().stream().map(LocalAuthoritySummary::code)));
    LocalAuthoritySummary authority =
        organisations.createAuthority(new AuthorityDetails("Largeshire " + code, code), null);
    String urn;
    do {
      urn = String.format("%06d", 100000 + random.nextInt(900000));
    } while (taken(urn, organisations.schools().stream().map(SchoolSummary::urn)));
    school =
        organisations
            .createSchool(
                new SchoolDetails(urn, "Large Academy", SchoolPhase.SECONDARY, authority.id()),
                null)
            .id();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    senco = "senco-" + tag + "@large.example";
    officer = "officer-" + tag + "@largeshire.example";
    accounts.createOrGrant(senco, "Sam Large", PASSWORD, Role.SENCO, school);
    accounts.createOrGrant(officer, "Ola Large", PASSWORD, Role.AUTHORITY_OFFICER, authority.id());
    sql.sql(
            """
            insert into child (id, given_name, family_name, date_of_birth, school_id, year_group,
                               sen_status, primary_need, home_languages, interpreter_needed,
                               created_at, updated_at)
            select gen_random_uuid(), 'Pupil' || n, 'Family' || lpad(n::text, 4, '0'),
                   date '2012-09-01' + n % 700, :school, (7 + n % 5)::text,
                   case when n % 6 = 0 then 'K' else 'N' end,
                   case when n % 6 = 0 then 'SLCN' end, 'ENG', false, now(), now()
            from generate_series(1, :pupils) n
            """)
        .param("school", school)
        .param("pupils", PUPILS)
        .update();
    sql.sql(
            """
            insert into team_member (id, child_id, user_id, name, role, start_on, lead, consent)
            select gen_random_uuid(), c.id, u.id, 'Sam Large', 'SENCO', current_date - 30, true,
                   'NOT_NEEDED'
            from child c, app_user u
            where c.school_id = :school and u.email = :senco
            """)
        .param("school", school)
        .param("senco", senco)
        .update();
  }

  @Test
  void theChildrenListShowsFiftyInNameOrderWithTheWholeCount() {
    PageSession session = signedIn(senco);

    Counted<Page> first = StatementCount.of(() -> session.get("/children"));
    assertThat(first.result().status()).isEqualTo(200);
    assertThat(first.result().document().select("#caseload tbody tr")).hasSize(50);
    assertThat(first.result().document().select("#caseload tbody tr th").first().text())
        .isEqualTo("Pupil1 Family0001");
    assertThat(first.result().document().select("#caseload-count").text())
        .isEqualTo("2,000 children");
    assertThat(first.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
    assertThat(first.rows())
        .as("rows read for a page of 50, by a SENCO who leads every pupil's team")
        .isLessThanOrEqualTo(MOST_ROWS);

    Counted<Page> last = StatementCount.of(() -> session.get("/children?page=39"));
    assertThat(last.result().document().select("#caseload tbody tr th").last().text())
        .isEqualTo("Pupil2000 Family2000");
    assertThat(last.result().document().select(".govuk-pagination__prev a").attr("href"))
        .isEqualTo("/children?page=38");
    assertThat(last.result().document().select(".govuk-pagination__next")).isEmpty();
    assertThat(last.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
  }

  /**
   * A page's start and size are written into the statement that reads it, so that the one plan a
   * connection keeps for the statement reads that page alone, in order, rather than every child who
   * matches, sorted (database.PagesWrittenInDialect); and a statement written for one page is never
   * run for another.
   */
  @Test
  void aPagesStartAndSizeAreWrittenIntoItsStatement() {
    PageSession session = signedIn(senco);

    Counted<Page> last = StatementCount.of(() -> session.get("/children?page=39"));
    Counted<Page> first = StatementCount.of(() -> session.get("/children"));
    Counted<Page> last2 = StatementCount.of(() -> session.get("/children?page=39"));

    assertThat(last.sql())
        .anyMatch(sql -> sql.endsWith("offset 1950 rows fetch first 50 rows only"));
    assertThat(first.sql()).anyMatch(sql -> sql.endsWith("fetch first 50 rows only"));
    assertThat(first.sql()).noneMatch(sql -> sql.contains("offset 1950"));
    assertThat(first.result().document().select("#caseload tbody tr th").first().text())
        .isEqualTo("Pupil1 Family0001");
    assertThat(last2.result().document().select("#caseload tbody tr th").first().text())
        .isEqualTo("Pupil1951 Family1951");
    assertThat(last.sql()).noneMatch(sql -> sql.contains("rows fetch first ?"));
  }

  @Test
  void aFilterIsAppliedInTheDatabaseAndKeptFromPageToPage() {
    PageSession session = signedIn(senco);

    Counted<Page> found = StatementCount.of(() -> session.get("/children?status=K&search=family"));

    Page page = found.result();
    assertThat(page.document().select("#caseload-count").text())
        .isEqualTo("Showing 333 of 2,000 children");
    assertThat(page.document().select("#caseload tbody tr")).hasSize(50);
    assertThat(page.document().select(".govuk-pagination__next a").attr("href"))
        .isEqualTo("/children?status=K&search=family&page=1");
    assertThat(page.document().select("#caseload tbody tr td:nth-of-type(3)").eachText())
        .containsOnly("SEN support");
    assertThat(found.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
  }

  @Test
  void theSencosHomeAndTheOfficersHomeStayCheap() {
    PageSession asSenco = signedIn(senco);
    Counted<Page> sencoHome = StatementCount.of(() -> asSenco.get("/"));
    assertThat(sencoHome.result().document().select("#caseload tbody tr")).hasSize(50);
    assertThat(sencoHome.result().document().select("#meeting-rhythm tbody tr"))
        .as("the 20 who most need a meeting")
        .hasSize(20);
    assertThat(sencoHome.result().document().select("#meeting-rhythm-more").text())
        .contains("313 more are not shown");
    assertThat(sencoHome.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
    assertThat(sencoHome.rows()).isLessThanOrEqualTo(MOST_ROWS);

    PageSession asOfficer = signedIn(officer);
    Counted<Page> officerHome = StatementCount.of(() -> asOfficer.get("/"));
    assertThat(officerHome.result().document().select("#caseload-count").text())
        .isEqualTo("2,000 children");
    assertThat(officerHome.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
  }

  @Test
  void anOfficerFindsASchoolsChildrenByTheSchoolsName() {
    PageSession asOfficer = signedIn(officer);

    Counted<Page> found = StatementCount.of(() -> asOfficer.get("/children?search=large+acad"));

    assertThat(found.result().document().select("#caseload-count").text())
        .isEqualTo("Showing 2,000 of 2,000 children");
    assertThat(found.result().document().select("#caseload tbody tr")).hasSize(50);
    assertThat(found.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
    assertThat(
            asOfficer.get("/children?search=riverside").document().select("#caseload-empty").text())
        .as("a school of another authority is not one of hers")
        .isNotEmpty();
  }

  @Test
  void theApiPagesInTheDatabaseAndSaysTheTotal() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor(senco);

    Counted<JsonNode> page =
        StatementCount.of(() -> api.get("/api/v1/children?page=3&size=100", token).json());

    assertThat(page.result().get("total").asLong()).isEqualTo(PUPILS);
    assertThat(page.result().get("page").asInt()).isEqualTo(3);
    assertThat(page.result().get("items")).hasSize(100);
    assertThat(page.result().get("items").get(0).get("familyName").asString())
        .isEqualTo("Family0301");
    assertThat(page.statements()).isLessThanOrEqualTo(MOST_STATEMENTS);
    assertThat(page.rows()).isLessThanOrEqualTo(MOST_ROWS);
  }

  private PageSession signedIn(String email) {
    PageSession session = new PageSession(port);
    session.signIn(email, PASSWORD);
    return session;
  }

  private static boolean taken(String value, java.util.stream.Stream<String> existing) {
    return existing.anyMatch(value::equals);
  }
}

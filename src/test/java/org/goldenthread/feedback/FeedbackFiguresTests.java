package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Download;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.Pupils;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The answers counted for the authority: a school's term with answers from 5 families shows its
 * figures, one with 4 families (however many answers) shows none, on the page, in the API and in
 * the CSV; no name of a child or a parent and no comment appears anywhere; the school's SENCO reads
 * the comments of the large group only; another authority's officer and a SENCO find nothing.
 */
@IntegrationTest
class FeedbackFiguresTests {

  static final LocalDate SUMMER = LocalDate.of(2026, 6, 10);
  static final LocalDate AUTUMN = LocalDate.of(2026, 10, 5);

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;

  FreshSchool school;
  UUID authority;
  String officer;
  List<String> names = new ArrayList<>();

  @BeforeEach
  void fiveFamiliesInSummerAndFourInAutumn() {
    school = FreshSchool.open(context);
    authority =
        jdbc.queryForObject(
            "select local_authority_id from school where id = ?", UUID.class, school.id());
    String tag = UUID.randomUUID().toString().substring(0, 8);
    officer = "officer." + tag + "@fresh.example";
    accounts.createOrGrant(
        officer, "Olive Officer", ApiClient.DEMO_PASSWORD, Role.AUTHORITY_OFFICER, authority);
    Pupils pupils = new Pupils(context, school);
    String[] answers = {"YES", "YES", "PARTLY", "NO", "YES"};
    for (int i = 0; i < 5; i++) {
      String child = "Zebulon" + (char) ('A' + i);
      String parent = "Parentina" + (char) ('A' + i);
      names.add(child);
      names.add(parent);
      Pupils.Pupil pupil =
          pupils
              .pupil(child, "Quillfeather")
              .withParent("p" + i + "." + tag + "@fresh.example", parent + " Quillfeather")
              .add();
      answer(pupil, SUMMER, answers[i], "YES", "Comment of the summer " + i);
      if (i < 4) {
        answer(pupil, AUTUMN, "NO", "NO", "Comment of the autumn " + i);
        // A second answer of the same family about another meeting: still 4 families.
        answer(pupil, AUTUMN.plusDays(20), "YES", "NO", null);
      }
    }
  }

  private void answer(
      Pupils.Pupil pupil, LocalDate heldOn, String heard, String next, String comment) {
    jdbc.update(
        "insert into family_feedback (id, subject_kind, subject_id, child_id, school_id,"
            + " respondent_id, held_on, term_start, felt_heard, knows_next, comment, answered_at)"
            + " values (?, 'MEETING', ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
        UUID.randomUUID(),
        UUID.randomUUID(),
        pupil.id(),
        school.id(),
        pupil.parentId(),
        heldOn,
        FeedbackTerm.of(heldOn).start(),
        heard,
        next,
        comment);
  }

  @Test
  void theApiShowsTheLargeGroupAndSuppressesTheSmallOne() {
    ApiClient api = new ApiClient(port);
    JsonNode page =
        api.get("/api/v1/authorities/" + authority + "/feedback", api.tokenFor(officer)).json();

    assertThat(page.get("total").asLong()).isEqualTo(2);
    JsonNode autumn = page.get("items").get(0);
    assertThat(autumn.get("term").asString()).isEqualTo("AUTUMN-2026");
    assertThat(autumn.get("suppressed").asBoolean()).isTrue();
    assertThat(autumn.get("families").isNull()).isTrue();
    assertThat(autumn.get("answers").isNull()).isTrue();
    assertThat(autumn.get("feltHeard").isNull()).isTrue();
    JsonNode summer = page.get("items").get(1);
    assertThat(summer.get("term").asString()).isEqualTo("SUMMER-2025");
    assertThat(summer.get("suppressed").asBoolean()).isFalse();
    assertThat(summer.get("families").asInt()).isEqualTo(5);
    assertThat(summer.get("feltHeard").get("yes").asInt()).isEqualTo(3);
    assertThat(summer.get("feltHeard").get("yesPercent").asInt()).isEqualTo(60);
    assertThat(summer.get("feltHeard").get("partly").asInt()).isEqualTo(1);
    assertThat(summer.get("feltHeard").get("no").asInt()).isEqualTo(1);
    assertThat(summer.get("knowsWhatNext").get("yesPercent").asInt()).isEqualTo(100);
    assertThat(page.toString())
        .doesNotContain(names.toArray(String[]::new))
        .doesNotContain("Comment");

    JsonNode year =
        api.get("/api/v1/authorities/" + authority + "/feedback?year=2026", api.tokenFor(officer))
            .json();
    assertThat(year.get("total").asLong()).isEqualTo(1);
    for (String wrong : List.of("abc", "-5", "1990", "99999999999")) {
      ApiClient.Response refused =
          api.get(
              "/api/v1/authorities/" + authority + "/feedback?year=" + wrong,
              api.tokenFor(officer));
      assertThat(refused.status()).as(wrong).isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
    }
    assertThat(
            api.get("/api/v1/authorities/" + authority + "/feedback", api.tokenFor(Pupils.SENCO))
                .status())
        .isEqualTo(404);
    assertThat(
            api.get(
                    "/api/v1/authorities/" + authority + "/feedback",
                    api.tokenFor("officer@northshire.example"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void thePageAndTheCsvShowTheSameAndNoName() {
    PageSession session = new PageSession(port);
    session.signIn(officer, ApiClient.DEMO_PASSWORD);
    String base = "/authorities/" + authority + "/feedback";

    Document summer = session.get(base + "?year=2025").document();
    assertThat(summer.select("#feedback-table tbody tr").text())
        .contains("Summer term 2025 to 2026", "5 families (5 answers)")
        .contains("Yes 3 (60%), partly 1 (20%), no 1 (20%)");
    assertThat(summer.select("svg[role=img] title").text()).isNotBlank();
    assertThat(summer.select("svg[role=img]").attr("aria-labelledby"))
        .isEqualTo("feedback-chart-title feedback-chart-desc");
    assertThat(summer.select("svg rect")).hasSize(4);

    Document autumn = session.get(base + "?year=2026").document();
    assertThat(autumn.select("#feedback-table tbody tr").text())
        .contains("Autumn term 2026 to 2027", "Fewer than 5 families: not shown")
        .doesNotContain("%", "answers");
    assertThat(autumn.select("svg")).isEmpty();
    for (Document page : List.of(summer, autumn)) {
      assertThat(page.text())
          .doesNotContain(names.toArray(String[]::new))
          .doesNotContain("Comment of");
    }

    Download csv = session.download(base + ".csv?year=2026");
    String autumnCsv = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(autumnCsv.lines().toList()).hasSize(2);
    assertThat(autumnCsv.lines().toList().get(1))
        .isEqualTo(school.name() + ",AUTUMN-2026,,,,,,,,,,,,,,,Fewer than 5 families: not shown");
    String summerCsv =
        new String(session.download(base + ".csv?year=2025").body(), StandardCharsets.UTF_8);
    assertThat(summerCsv.lines().toList().get(1))
        .isEqualTo(school.name() + ",SUMMER-2025,5,5,3,60,1,20,1,20,5,100,0,0,0,0,");
    assertThat(autumnCsv + summerCsv)
        .doesNotContain(names.toArray(String[]::new))
        .doesNotContain("Comment");

    PageSession stranger = new PageSession(port);
    stranger.signIn("officer@northshire.example", ApiClient.DEMO_PASSWORD);
    assertThat(stranger.get(base).status()).isEqualTo(404);
    assertThat(stranger.download(base + ".csv").status()).isEqualTo(404);
  }

  @Test
  void theSencoReadsTheCommentsOfTheLargeGroupOnlyWithoutNames() {
    PageSession session = new PageSession(port);
    session.signIn(school.senco().email(), ApiClient.DEMO_PASSWORD);
    String base = "/schools/" + school.id() + "/feedback";

    Document summer = session.get(base + "?year=2025").document();
    assertThat(summer.select("#comments li")).hasSize(5);
    assertThat(summer.select("#comments").text()).contains("Comment of the summer 0");
    Document autumn = session.get(base + "?year=2026").document();
    assertThat(autumn.select("#comments li")).isEmpty();
    assertThat(autumn.text()).doesNotContain("Comment of the autumn");
    for (Document page : List.of(summer, autumn)) {
      assertThat(page.select("main").text()).doesNotContain(names.toArray(String[]::new));
    }

    PageSession other = new PageSession(port);
    other.signIn(Pupils.SENCO, ApiClient.DEMO_PASSWORD);
    assertThat(other.get(base).status()).isEqualTo(404);
  }
}

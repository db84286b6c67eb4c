package org.goldenthread.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.overview.AuthorityDashboard.AnnualReviewFigures;
import org.goldenthread.overview.AuthorityDashboard.AssessmentFigures;
import org.goldenthread.overview.AuthorityDashboard.AssessmentMonth;
import org.goldenthread.overview.AuthorityDashboard.DisagreementFigures;
import org.goldenthread.overview.AuthorityDashboard.DisagreementsAtStage;
import org.goldenthread.overview.AuthorityDashboard.MissedByKind;
import org.goldenthread.overview.AuthorityDashboard.MissedByOwner;
import org.goldenthread.overview.AuthorityDashboard.MissedDeadlineFigures;
import org.goldenthread.overview.AuthorityDashboard.OverdueBand;
import org.goldenthread.overview.AuthorityDashboard.SenByNeed;
import org.goldenthread.overview.AuthorityDashboard.SenBySchool;
import org.goldenthread.overview.AuthorityDashboard.SenChildrenFigures;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overview page: every section has a chart (an SVG image with its title and description) and
 * the table of the same figures, and a CSV of that table; the schools' table shows the first 20 and
 * the CSV all of them; someone outside the area finds nothing; {@code /overview} takes an officer
 * to their own authority's.
 */
@WebMvcTest(OverviewPageController.class)
@Import({Slices.Pages.class, OverviewSections.class})
class OverviewPageControllerTests {

  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final UUID AUTHORITY =
      OFFICER.organisationsWhere(Role.AUTHORITY_OFFICER).iterator().next();

  @Autowired MockMvc mvc;
  @MockitoBean Overviews overviews;

  @BeforeEach
  void figures() {
    List<SenBySchool> schools = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      schools.add(new SenBySchool(UUID.randomUUID(), "School " + i, i, i % 3));
    }
    schools.add(new SenBySchool(UUID.randomUUID(), "=HYPERLINK(\"x\")", 0, 1));
    AuthorityDashboard dashboard =
        new AuthorityDashboard(
            AUTHORITY,
            "Northshire Council",
            2026,
            LocalDate.of(2026, 3, 10),
            new AssessmentFigures(
                5,
                3,
                60,
                List.of(
                    new AssessmentMonth("2026-01", 2, 2, 100),
                    new AssessmentMonth("2026-02", 3, 1, 33),
                    new AssessmentMonth("2026-03", 0, 0, 0))),
            new AnnualReviewFigures(
                40,
                2,
                7,
                List.of(
                    new OverdueBand("UP_TO_1_MONTH", 3),
                    new OverdueBand("1_TO_3_MONTHS", 2),
                    new OverdueBand("3_TO_6_MONTHS", 1),
                    new OverdueBand("OVER_6_MONTHS", 1))),
            new MissedDeadlineFigures(
                4,
                List.of(
                    new MissedByKind(DeadlineKind.FINAL_PLAN, DeadlineOwner.LOCAL_AUTHORITY, 3),
                    new MissedByKind(DeadlineKind.ADVICE, DeadlineOwner.TEAM_MEMBER, 1)),
                List.of(
                    new MissedByOwner(DeadlineOwner.LOCAL_AUTHORITY, 3),
                    new MissedByOwner(DeadlineOwner.TEAM_MEMBER, 1))),
            new DisagreementFigures(
                2,
                1,
                List.of(
                    new DisagreementsAtStage("TALK_TO_SCHOOL", 1, 1),
                    new DisagreementsAtStage("MEDIATION", 1, 0))),
            new SenChildrenFigures(
                325,
                26,
                schools,
                List.of(new SenByNeed("SEMH", 200, 20), new SenByNeed(null, 125, 6))));
    given(overviews.dashboard(eq(OFFICER), eq(AUTHORITY))).willReturn(dashboard);
    given(overviews.dashboard(eq(SENCO), any())).willThrow(NotFound.error());
  }

  @Test
  void everyChartHasItsTableAndItsCsv() throws Exception {
    Document page = Slices.show(mvc, OFFICER, "/authorities/" + AUTHORITY + "/overview");

    assertThat(page.select("h1").text()).isEqualTo("Your authority at a glance");
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Northshire Council");
    assertThat(page.select("main section[id]").eachAttr("id"))
        .containsExactlyElementsOf(OverviewSections.IDS);
    for (String id : OverviewSections.IDS) {
      Element section = page.selectFirst("section#" + id);
      Element svg = section.selectFirst("svg[role=img]");
      assertThat(svg).as(id).isNotNull();
      assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-chart-title " + id + "-chart-desc");
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).contains("same figures");
      assertThat(section.select("table#" + id + "-table tbody tr")).as(id).isNotEmpty();
      assertThat(section.selectFirst("#" + id + "-csv").attr("href"))
          .isEqualTo("/authorities/" + AUTHORITY + "/overview/" + id + ".csv");
    }
    assertThat(page.select("#assessments-table tbody tr").eachText())
        .containsExactly("January 2026 2 2 100%", "February 2026 3 1 33%", "March 2026 0 0");
    assertThat(page.select("#assessments").text())
        .contains("In 2026, 5 final plans have been issued so far; 3 of them within 20 weeks");
    assertThat(page.select("#annual-reviews-table tbody tr").eachText())
        .containsExactly(
            "Up to 1 month 3", "1 to 3 months 2", "3 to 6 months 1", "More than 6 months 1");
    assertThat(page.select("#deadlines-by-kind-table tbody tr").eachText())
        .containsExactly(
            "Final EHC plan The local authority 3",
            "Advice for the assessment A member of the team 1");
    assertThat(page.select("#disagreements-table tbody tr").eachText())
        .containsExactly("Talking to the school 1 1", "Mediation 1 0");
    assertThat(page.select("#schools-table tbody tr")).hasSize(20);
    assertThat(page.select("#schools-table tbody tr").first().text())
        .isEqualTo("School 25 25 1 26");
    assertThat(page.select("#schools-more").text())
        .isEqualTo("The other 6 are in the spreadsheet.");
    assertThat(page.select("#schools-chart > g > text:first-child").eachText()).hasSize(20);
    assertThat(page.select("#needs-table tbody tr").eachText())
        .containsExactly(
            "Social, emotional and mental health 200 20 220", "No need recorded 125 6 131");
    assertThat(page.select("td[data-label]")).isNotEmpty();
  }

  @Test
  void theCsvHasEverySchoolAndNoFormula() throws Exception {
    String csv =
        mvc.perform(get("/authorities/" + AUTHORITY + "/overview/schools.csv").with(user(OFFICER)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", "attachment; filename=\"schools-2026-03-10.csv\""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("School,SEN support,EHC plan,Total");
    assertThat(lines).hasSize(27).contains("School 25,25,1,26", "\"'=HYPERLINK(\"\"x\"\")\",0,1,1");
  }

  @Test
  void theAssessmentsCsvHasTheMonths() throws Exception {
    mvc.perform(get("/authorities/" + AUTHORITY + "/overview/assessments.csv").with(user(OFFICER)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    "Month,Final plans issued,Within 20 weeks,Share within 20 weeks\r\n"
                        + "January 2026,2,2,100%\r\n"
                        + "February 2026,3,1,33%\r\n"
                        + "March 2026,0,0,\r\n"));
  }

  @Test
  void someoneOutsideTheAreaFindsNothing() throws Exception {
    mvc.perform(get("/authorities/" + AUTHORITY + "/overview").with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/authorities/" + AUTHORITY + "/overview/needs.csv").with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/authorities/" + AUTHORITY + "/overview/other.csv").with(user(OFFICER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/overview").with(user(SENCO))).andExpect(status().isNotFound());
  }

  @Test
  void anOfficerIsTakenToTheirOwnOverview() throws Exception {
    mvc.perform(get("/overview").with(user(OFFICER)))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/authorities/" + AUTHORITY + "/overview"));
  }
}

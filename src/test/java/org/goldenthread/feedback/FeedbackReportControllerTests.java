package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.LocalAuthoritySummary;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counted answers' pages: the authority's chart (an SVG image with its title and description)
 * and table with a suppressed group shown as such, its CSV, and the SENCO's page with comments.
 */
@WebMvcTest(FeedbackReportController.class)
@Import(Slices.Pages.class)
class FeedbackReportControllerTests {

  static final CurrentUser OFFICER = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final UUID AUTHORITY =
      OFFICER.organisationsWhere(Role.AUTHORITY_OFFICER).iterator().next();
  static final UUID SCHOOL = SENCO.organisationsWhere(Role.SENCO).iterator().next();

  @Autowired MockMvc mvc;
  @MockitoBean FeedbackReports reports;

  List<FeedbackGroup> groups;

  @BeforeEach
  void twoGroups() {
    FeedbackTerm summer = FeedbackTerm.of(LocalDate.of(2026, 5, 1));
    groups =
        List.of(
            new FeedbackGroup(
                SCHOOL,
                "Riverside Academy",
                summer,
                false,
                6,
                7,
                new FeedbackGroup.Counts(5, 1, 1),
                new FeedbackGroup.Counts(4, 2, 1)),
            new FeedbackGroup(
                UUID.randomUUID(), "Brook Primary School", summer, true, null, null, null, null));
    given(reports.year(any())).willReturn(2025);
    given(reports.currentYear()).willReturn(2026);
    given(reports.authority(eq(OFFICER), eq(AUTHORITY), eq(2025), eq(0), anyInt()))
        .willReturn(
            new FeedbackReports.AuthorityReport(
                new LocalAuthoritySummary(AUTHORITY, "Northshire Council", "999", 0),
                2025,
                new PageOf<>(groups, 0, 200, 2)));
    given(reports.authority(eq(SENCO), any(), any(), anyInt(), anyInt()))
        .willThrow(NotFound.error());
  }

  @Test
  void theAuthoritySeesAChartAndATableAndASmallGroupIsSuppressed() throws Exception {
    Document page = Slices.show(mvc, OFFICER, "/authorities/" + AUTHORITY + "/feedback?year=2025");

    assertThat(page.select("h1").text()).isEqualTo("Families' feedback, school year 2025 to 2026");
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Northshire Council");
    assertThat(page.select("svg[role=img]").attr("aria-labelledby"))
        .isEqualTo("feedback-chart-title feedback-chart-desc");
    assertThat(page.select("svg title#feedback-chart-title").text())
        .isEqualTo("Families' answers by school and term");
    assertThat(page.select("svg desc#feedback-chart-desc").text()).contains("same figures");
    assertThat(page.select("svg text").eachText())
        .contains("Riverside Academy, Summer term 2025 to 2026", "Felt heard", "71%")
        .noneMatch(text -> text.contains("Brook"));
    assertThat(page.select("#feedback-table caption").text())
        .isEqualTo("Answers by school and term");
    assertThat(page.select("#feedback-table th[scope=col]").eachText())
        .containsExactly("School", "Term", "Families", "Felt heard", "Know what happens next");
    assertThat(page.select("#feedback-table tbody tr").get(0).text())
        .contains(
            "Riverside Academy",
            "6 families (7 answers)",
            "Yes 5 (71%), partly 1 (14%), no 1 (14%)",
            "Yes 4 (57%), partly 2 (29%), no 1 (14%)");
    assertThat(page.select("#feedback-table tbody tr").get(1).text())
        .isEqualTo(
            "Brook Primary School Summer term 2025 to 2026 Fewer than 5 families: not shown");
    assertThat(page.select("td[data-label]")).isNotEmpty();
    assertThat(page.select("#csv").attr("href"))
        .isEqualTo("/authorities/" + AUTHORITY + "/feedback.csv?year=2025");
    assertThat(page.select("#previous-year").attr("href"))
        .isEqualTo("/authorities/" + AUTHORITY + "/feedback?year=2024");
    assertThat(page.select("#next-year").attr("href"))
        .isEqualTo("/authorities/" + AUTHORITY + "/feedback?year=2026");
    assertThat(page.select("#suppression").text()).contains("fewer than 5 families");
  }

  @Test
  void theCsvHasTheSameFiguresAndTheSmallGroupHasNone() throws Exception {
    mvc.perform(get("/authorities/" + AUTHORITY + "/feedback.csv?year=2025").with(user(OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition", "attachment; filename=\"families-feedback-2025.csv\""))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith(
                            "School,Term,Families,Answers,Felt heard: yes,Felt heard: yes (%),"),
                        org.hamcrest.Matchers.containsString(
                            "\r\nRiverside Academy,SUMMER-2025,6,7,5,71,1,14,1,14,4,57,2,29,1,14,\r\n"),
                        org.hamcrest.Matchers.containsString(
                            "\r\nBrook Primary School,SUMMER-2025,,,,,,,,,,,,,,,"
                                + "Fewer than 5 families: not shown\r\n"))));
  }

  @Test
  void someoneWhoIsNotAnOfficerOfTheAuthorityFindsNothing() throws Exception {
    mvc.perform(get("/authorities/" + AUTHORITY + "/feedback").with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/authorities/" + AUTHORITY + "/feedback.csv").with(user(SENCO)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSencoSeesTheCommentsByTerm() throws Exception {
    FeedbackTerm summer = FeedbackTerm.of(LocalDate.of(2026, 5, 1));
    given(reports.school(SENCO, SCHOOL, 2025))
        .willReturn(
            new FeedbackReports.SchoolReport(
                new SchoolSummary(
                    SCHOOL,
                    "900001",
                    "Riverside Academy",
                    SchoolPhase.SECONDARY,
                    AUTHORITY,
                    "Northshire Council",
                    0),
                2025,
                groups.subList(0, 1),
                List.of(new FeedbackFigures.TermComment(summer, "They <b>listened</b>."))));

    Document page = Slices.show(mvc, SENCO, "/schools/" + SCHOOL + "/feedback");

    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Riverside Academy");
    assertThat(page.select("#feedback-table th[scope=col]").eachText())
        .containsExactly("Term", "Families", "Felt heard", "Know what happens next");
    assertThat(page.select("#comments li").text())
        .isEqualTo("Summer term 2025 to 2026 They <b>listened</b>.");
  }
}

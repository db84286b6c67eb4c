package org.goldenthread.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The caseload page: its figures, each a link to the list behind it; the list's sortable column
 * headers (with aria-sort) and filters; the CSV download with its header row and its guard against
 * formulas; hostile query parameters ignored; anyone outside the school told there is nothing.
 */
@WebMvcTest(CaseloadPageController.class)
@Import(Slices.Pages.class)
class CaseloadPageControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean SchoolCaseloads caseloads;

  UUID schoolId;
  String page;
  CaseloadRow sarah;
  CaseloadRow hostile;

  @BeforeEach
  void riverside() {
    schoolId = SENCO.organisationsWhere(Role.SENCO).iterator().next();
    page = "/schools/" + schoolId + "/caseload";
    SchoolSummary school =
        new SchoolSummary(
            schoolId,
            "900001",
            "Riverside Academy",
            SchoolPhase.SECONDARY,
            UUID.randomUUID(),
            "Northshire",
            0);
    given(caseloads.school(any(), eq(schoolId))).willReturn(school);
    given(caseloads.school(eq(PARENT), any())).willThrow(NotFound.error());
    given(caseloads.today()).willReturn(Slices.TODAY);
    Map<Figure, Long> counts = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      counts.put(figure, (long) figure.ordinal() + 1);
    }
    given(caseloads.figures(schoolId)).willReturn(new CaseloadQueries.Figures(120, counts));
    sarah =
        new CaseloadRow(
            UUID.randomUUID(),
            "Sarah Bennett",
            "A123456789012",
            "9",
            "K",
            "SLCN",
            Slices.TODAY.minusDays(3),
            1,
            2,
            1,
            0,
            3,
            Slices.TODAY.plusDays(5),
            1);
    hostile =
        new CaseloadRow(
            UUID.randomUUID(),
            "=HYPERLINK(\"http://evil\") Smith",
            null,
            "7",
            "E",
            null,
            null,
            4,
            0,
            0,
            0,
            0,
            null,
            0);
    given(caseloads.page(eq(schoolId), any(), eq(0)))
        .willReturn(new CaseloadQueries.CaseloadPage(List.of(sarah, hostile), 2));
  }

  @Test
  void theFiguresLinkToTheListsBehindThem() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("h1").text()).isEqualTo("Caseload");
    assertThat(shown.select("#figure-SEN_SUPPORT a").text()).isEqualTo("1 child on SEN support");
    assertThat(shown.select("#figure-REVIEWS_OVERDUE a").text()).isEqualTo("4 reviews overdue");
    assertThat(shown.select("#figure-DEADLINES_MISSED a").attr("href"))
        .isEqualTo(page + "?show=DEADLINES_MISSED#caseload-list");
    assertThat(shown.select("#figures .govuk-hint")).hasSize(Figure.values().length);
    assertThat(shown.select("#caseload-count").text()).isEqualTo("120 children");
    assertThat(shown.select("#caseload-table tbody tr")).hasSize(2);
    assertThat(shown.select("#caseload-table tbody tr").get(0).text())
        .contains("Sarah Bennett", "SEN support", "Year 9", "Overdue", "1 missed");
    assertThat(shown.select("#caseload-csv").attr("href")).isEqualTo(page + ".csv");
  }

  @Test
  void theColumnHeadersSortAndSayHow() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page + "?sort=MEETINGS&show=FEW_MEETINGS");

    assertThat(shown.select("th[aria-sort=ascending]").text()).isEqualTo("Meetings this year");
    assertThat(shown.select("th[aria-sort]")).hasSize(CaseloadSort.values().length);
    assertThat(shown.select("#sort-MEETINGS").attr("href"))
        .isEqualTo(page + "?show=FEW_MEETINGS&sort=MEETINGS&order=desc#caseload-list");
    assertThat(shown.select("#sort-NAME").attr("href"))
        .isEqualTo(page + "?show=FEW_MEETINGS#caseload-list");
    assertThat(shown.select("#figure-FEW_MEETINGS a").attr("aria-current")).isEqualTo("true");
    assertThat(shown.select("#caseload-count").text()).isEqualTo("Showing 2 of 120 children");
    assertThat(shown.select("#caseload-csv").attr("href"))
        .isEqualTo(page + ".csv?show=FEW_MEETINGS&sort=MEETINGS");
    verify(caseloads)
        .page(
            schoolId,
            new CaseloadFilter(null, null, null, Figure.FEW_MEETINGS, CaseloadSort.MEETINGS, false),
            0);
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    Slices.show(mvc, SENCO, page + "?status=K&need=slcn&year=9&order=desc");

    verify(caseloads)
        .page(
            schoolId,
            new CaseloadFilter(SenStatus.K, NeedCode.SLCN, "9", null, CaseloadSort.NAME, true),
            0);
  }

  @Test
  void hostileParametersAreIgnored() throws Exception {
    mvc.perform(
            get(page)
                .with(user(SENCO))
                .param("status", "<script>alert(1)</script>")
                .param("need", "x".repeat(200))
                .param("year", "Year 9")
                .param("show", "'; drop table child; --")
                .param("sort", "id; delete from child")
                .param("page", "-7abc"))
        .andExpect(status().isOk());

    verify(caseloads).page(schoolId, CaseloadFilter.none(), 0);
    mvc.perform(get(page).with(user(SENCO)).param("year", "9\u0000"))
        .andExpect(status().isBadRequest());
    mvc.perform(get(page).with(user(SENCO)).param("need", "x".repeat(100_000)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theCsvHasAHeaderRowAndNoFormulas() throws Exception {
    willAnswer(
            call -> {
              Consumer<CaseloadRow> each = call.getArgument(2);
              each.accept(sarah);
              each.accept(hostile);
              return null;
            })
        .given(caseloads)
        .each(eq(schoolId), any(), any());

    String csv =
        mvc.perform(get(page + ".csv").with(user(SENCO)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("Name,UPN,Year group,SEN status,Primary need,Next review");
    assertThat(lines[1])
        .startsWith("Sarah Bennett,A123456789012,9,SEN support,")
        .contains(Slices.TODAY.minusDays(3).toString());
    assertThat(lines[2]).startsWith("\"'=HYPERLINK(\"\"http://evil\"\") Smith\",,7,EHC plan,");
  }

  @Test
  void someoneOutsideTheSchoolIsToldThereIsNothing() throws Exception {
    mvc.perform(get(page).with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get(page + ".csv").with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get("/schools/not-an-id/caseload").with(user(SENCO)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSencosCaseloadLinkOpensTheirSchool() throws Exception {
    mvc.perform(get("/caseload").with(user(SENCO))).andExpect(redirectedUrl(page));
    mvc.perform(get("/caseload").with(user(PARENT))).andExpect(status().isNotFound());
  }
}

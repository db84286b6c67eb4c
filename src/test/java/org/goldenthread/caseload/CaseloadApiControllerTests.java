package org.goldenthread.caseload;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A school's figures as JSON, named in camelCase; 404 for anyone outside the school. */
@WebMvcTest(CaseloadApiController.class)
@Import(Slices.Pages.class)
class CaseloadApiControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser STRANGER = TestDoor.person("Marcus Lee", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean SchoolCaseloads caseloads;

  @Test
  void theFiguresAreNamedInCamelCase() throws Exception {
    UUID school = UUID.randomUUID();
    given(caseloads.school(any(), eq(school)))
        .willReturn(
            new SchoolSummary(
                school,
                "900001",
                "Riverside Academy",
                SchoolPhase.SECONDARY,
                UUID.randomUUID(),
                "Northshire",
                0));
    given(caseloads.today()).willReturn(Slices.TODAY);
    Map<Figure, Long> counts = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      counts.put(figure, (long) figure.ordinal());
    }
    given(caseloads.figures(school)).willReturn(new CaseloadQueries.Figures(40, counts));

    mvc.perform(Slices.apiGet(SENCO, "/api/v1/schools/" + school + "/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schoolId").value(school.toString()))
        .andExpect(jsonPath("$.date").value(Slices.TODAY.toString()))
        .andExpect(jsonPath("$.children").value(40))
        .andExpect(jsonPath("$.senSupport").value(0))
        .andExpect(jsonPath("$.ehcPlan").value(1))
        .andExpect(jsonPath("$.reviewsDueSoon").value(2))
        .andExpect(jsonPath("$.reviewsOverdue").value(3))
        .andExpect(jsonPath("$.fewerThanThreeMeetings").value(4))
        .andExpect(jsonPath("$.overdueActions").value(5))
        .andExpect(jsonPath("$.unreadEvidence").value(6))
        .andExpect(jsonPath("$.openViews").value(7))
        .andExpect(jsonPath("$.threadBreaks").value(8))
        .andExpect(jsonPath("$.deadlinesDueSoon").value(9))
        .andExpect(jsonPath("$.deadlinesMissed").value(10));
  }

  @Test
  void someoneOutsideTheSchoolGetsA404Problem() throws Exception {
    UUID school = UUID.randomUUID();
    given(caseloads.school(any(), eq(school))).willThrow(NotFound.error());

    mvc.perform(Slices.apiGet(STRANGER, "/api/v1/schools/" + school + "/dashboard"))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiGet(STRANGER, "/api/v1/schools/not-a-school/dashboard"))
        .andExpect(Slices.problem(404));
  }
}

package org.goldenthread.statutory;

import static org.goldenthread.statutory.AssessmentViews.PARENT;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** EHC needs assessments through the API: the shapes and what reaches the service. */
@WebMvcTest(AssessmentApiController.class)
class AssessmentApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean EhcAssessments assessments;

  AccessibleChild sarah;
  AssessmentView assessment;

  @BeforeEach
  void sarahsAssessment() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    assessment = AssessmentViews.assessing(sarah);
    given(assessments.open(eq(SENCO), eq(assessment.id())))
        .willReturn(new EhcAssessments.Opened(sarah, assessment));
  }

  @Test
  void aRequestAnswers201WithTheShapeApiMdFixes() throws Exception {
    given(assessments.request(any(), eq(LocalDate.parse("2026-01-05")), eq(RequestedBy.PARENT)))
        .willReturn(assessment);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/ehc-assessments",
                "{\"requestedOn\": \"2026-01-05\", \"requestedBy\": \"PARENT\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(assessment.id().toString()))
        .andExpect(jsonPath("$.requestedOn").value("2026-01-05"))
        .andExpect(jsonPath("$.status").value("ASSESSING"))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.deadlines[3].kind").value("FINAL_PLAN"))
        .andExpect(jsonPath("$.deadlines[3].nextWorkingDay").value("2026-05-26"))
        .andExpect(jsonPath("$.deadlines[3].exceptions[0].reason").value("FAMILY_AWAY"))
        .andExpect(jsonPath("$.events[1].adviser").value("Educational psychology service"));
  }

  @Test
  void aBadValueIsA400NamingItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/ehc-assessments",
                "{\"requestedOn\": \"5 January\", \"requestedBy\": \"PARENT\"}"))
        .andExpect(Slices.badRequestNaming("requestedOn"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/ehc-assessments/" + assessment.id() + "/events",
                "{\"kind\": \"DRAFT_ISSUED\", \"on\": \"2026-02-30\"}"))
        .andExpect(Slices.badRequestNaming("on"));
  }

  @Test
  void anAssessmentIsReadAndItsStepsRecordedThroughItsOwnAddress() throws Exception {
    given(assessments.record(eq(sarah), eq(assessment.id()), any(), eq(2L))).willReturn(assessment);

    mvc.perform(Slices.apiGet(SENCO, "/api/v1/ehc-assessments/" + assessment.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.childId").value(sarah.id().toString()));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/ehc-assessments/" + assessment.id() + "/events",
                "{\"kind\": \"EXCEPTION\", \"on\": \"2026-02-12\", \"reason\": \"FAMILY_AWAY\","
                    + " \"note\": \"Away\", \"version\": 2}"))
        .andExpect(status().isOk());

    verify(assessments)
        .record(
            eq(sarah),
            eq(assessment.id()),
            argThat(
                input ->
                    input.kind() == MilestoneKind.EXCEPTION
                        && input.reason() != null
                        && input.note().equals("Away")),
            eq(2L));
  }

  @Test
  void theChildsAssessmentsArePagedAndAStrangerFindsNone() throws Exception {
    given(assessments.forChild(sarah)).willReturn(List.of(assessment));
    mvc.perform(
            Slices.apiGet(SENCO, "/api/v1/children/" + sarah.id() + "/ehc-assessments?size=500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(assessment.id().toString()))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.total").value(1));

    UUID unknown = UUID.randomUUID();
    given(assessments.open(eq(PARENT), any())).willThrow(NotFound.error());
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/ehc-assessments/" + unknown))
        .andExpect(Slices.problem(404));
  }
}

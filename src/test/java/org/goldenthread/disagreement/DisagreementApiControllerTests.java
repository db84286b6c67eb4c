package org.goldenthread.disagreement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Disagreements through the API: issue 16's shapes, and what reaches the service. */
@WebMvcTest(DisagreementApiController.class)
class DisagreementApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Disagreements disagreements;

  AccessibleChild sarah;
  DisagreementView refusal;

  @BeforeEach
  void sarahsDisagreement() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    refusal = TestDisagreements.refusal(sarah);
  }

  @Test
  void aDisagreementAnswers201WithTheFixedFields() throws Exception {
    given(
            disagreements.record(
                any(),
                eq(
                    new DisagreementInput(
                        DisagreementAbout.PLAN_CONTENTS,
                        Set.of(PlanSection.B, PlanSection.F),
                        LocalDate.of(2026, 6, 15),
                        "Section F is vague",
                        null))))
        .willReturn(refusal);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/disagreements",
                "{\"about\": \"PLAN_CONTENTS\", \"sections\": [\"B\", \"F\"],"
                    + " \"decisionLetterOn\": \"2026-06-15\", \"summary\": \"Section F is vague\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(refusal.id().toString()))
        .andExpect(jsonPath("$.about").value("REFUSAL_TO_ASSESS"))
        .andExpect(jsonPath("$.decisionLetterOn").value("2026-06-15"))
        .andExpect(jsonPath("$.summary").value(refusal.summary()))
        .andExpect(jsonPath("$.sections").isArray())
        .andExpect(jsonPath("$.stages[0].stage").value("MEDIATION_ADVICE"))
        .andExpect(jsonPath("$.stages[0].certificateOn").value("2026-07-03"))
        .andExpect(jsonPath("$.deadlines[0].kind").value("APPEAL"))
        .andExpect(jsonPath("$.deadlines[0].due").value("2026-09-01"))
        .andExpect(jsonPath("$.deadlines[0].owner").value("FAMILY"))
        .andExpect(jsonPath("$.deadlines[0].status").value("PENDING"))
        .andExpect(jsonPath("$.deadlines[0].subjectId").value(refusal.id().toString()))
        .andExpect(jsonPath("$.deadlines[0].page").doesNotExist())
        .andExpect(jsonPath("$.next.option").value("APPEAL"))
        .andExpect(jsonPath("$.next.deadline.due").value("2026-09-01"))
        .andExpect(jsonPath("$.next.rule[1]").value(org.hamcrest.Matchers.containsString("August")))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void aWrongChoiceOrDateIsA400NamingItsFieldAndReachesNoService() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/disagreements",
                "{\"about\": \"<b>CEASE</b>\", \"sections\": [\"Z\"],"
                    + " \"decisionLetterOn\": \"15 June\", \"aboutStaffId\": \"nobody\"}"))
        .andExpect(
            Slices.badRequestNaming("about", "sections[0]", "decisionLetterOn", "aboutStaffId"));
    verify(disagreements, never()).record(any(), any());
  }

  @Test
  void theListIsAPageAndOneDisagreementHasItsOwnAddress() throws Exception {
    given(disagreements.forChild(sarah, 0, 50))
        .willReturn(new PageOf<>(List.of(refusal), 0, 50, 1));
    given(disagreements.read(eq(PARENT), eq(refusal.id())))
        .willReturn(new Disagreements.Opened(sarah, refusal));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/children/" + sarah.id() + "/disagreements"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(refusal.id().toString()))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/disagreements/" + refusal.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.next.option").value("APPEAL"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/disagreements/not-an-id"))
        .andExpect(Slices.problem(404));
  }

  @Test
  void aStageGoesToTheServiceWithItsVersion() throws Exception {
    given(disagreements.open(eq(PARENT), eq(refusal.id())))
        .willReturn(new Disagreements.Opened(sarah, refusal));
    StageInput stage =
        new StageInput(
            StageKind.MEDIATION,
            LocalDate.of(2026, 7, 5),
            LocalDate.of(2026, 7, 9),
            "Asked",
            null,
            null,
            null);
    given(disagreements.addStage(sarah, refusal.id(), stage, 1L)).willReturn(refusal);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/disagreements/" + refusal.id() + "/stages",
                "{\"stage\": \"MEDIATION\", \"startedOn\": \"2026-07-05\","
                    + " \"certificateOn\": \"2026-07-09\", \"asked\": \"Asked\", \"version\": 1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(refusal.id().toString()));

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/disagreements/" + refusal.id() + "/stages",
                "{\"stage\": \"LUNCH\", \"startedOn\": \"yesterday\"}"))
        .andExpect(Slices.badRequestNaming("stage", "startedOn"));
  }

  @Test
  void aStrangerIsTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    given(disagreements.read(eq(stranger), any())).willThrow(NotFound.error());
    given(disagreements.open(eq(stranger), any())).willThrow(NotFound.error());

    mvc.perform(Slices.apiGet(stranger, "/api/v1/children/" + sarah.id() + "/disagreements"))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiGet(stranger, "/api/v1/disagreements/" + refusal.id()))
        .andExpect(Slices.problem(404));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                stranger,
                "/api/v1/disagreements/" + refusal.id() + "/stages",
                "{\"stage\": \"MEDIATION\", \"startedOn\": \"2026-07-05\"}"))
        .andExpect(Slices.problem(404));
    verify(disagreements, never()).addStage(any(), any(), any(), any());
  }
}

package org.goldenthread.plan;

import static org.goldenthread.plan.PlanPages.PARENT;
import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The golden thread through the API (api.md, "The plan"). */
@WebMvcTest(PlanApiController.class)
class PlanApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;
  @MockitoBean PlanDocument document;

  AccessibleChild sarah;
  PlanPages.Thread thread;
  String plan;

  @BeforeEach
  void sarahsPlan() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    thread = PlanPages.thread();
    plan = "/api/v1/children/" + sarah.id() + "/plan";
    PlanPages.rightsAsTheyAre(plans);
  }

  @Test
  void answersTheWholeThreadWithItsBreaksInTheContractsShape() throws Exception {
    given(plans.plan(sarah))
        .willReturn(
            PlanPages.plan(
                sarah.id(),
                thread,
                new BreakView(
                    BreakKind.OUTCOME_NOT_REVIEWED,
                    thread.outcome().id(),
                    "Not reviewed yet",
                    PlanItemKind.OUTCOMES)));

    mvc.perform(Slices.apiGet(SENCO, plan))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.childId").value(sarah.id().toString()))
        .andExpect(jsonPath("$.version").value(7))
        .andExpect(jsonPath("$.aspirations[0].voice").value("CHILD"))
        .andExpect(jsonPath("$.needs[0].area").value("SEMH"))
        .andExpect(
            jsonPath("$.needs[0].aspirationIds[0]").value(thread.aspiration().id().toString()))
        .andExpect(jsonPath("$.outcomes[0].targetDate").value("2027-07-20"))
        .andExpect(jsonPath("$.outcomes[0].status").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.outcomes[0].needIds[0]").value(thread.need().id().toString()))
        .andExpect(jsonPath("$.provisions[0].sessionsPerWeek").value(2))
        .andExpect(jsonPath("$.provisions[0].minutesPerSession").value(30))
        .andExpect(jsonPath("$.provisions[0].weeklyMinutes").value(60))
        .andExpect(jsonPath("$.strategies[0].usedAt").value("BOTH"))
        .andExpect(jsonPath("$.breaks[0].kind").value("OUTCOME_NOT_REVIEWED"))
        .andExpect(jsonPath("$.breaks[0].itemId").value(thread.outcome().id().toString()))
        .andExpect(jsonPath("$.breaks[0].message").value("Not reviewed yet"))
        .andExpect(jsonPath("$.participation").value("CONSULTED"));
  }

  @Test
  void addsANeedAsSentAndAnswersCreatedWithTheStoredItem() throws Exception {
    given(plans.add(any(), any())).willReturn(thread.need());

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                plan + "/needs",
                """
                {"text": "Finds it hard to join in a game", "area": "SEMH",
                 "aspirationIds": ["%s"]}
                """
                    .formatted(thread.aspiration().id())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(thread.need().id().toString()))
        .andExpect(jsonPath("$.text").value("Finds it hard to join in a game"))
        .andExpect(jsonPath("$.version").value(2));

    verify(plans)
        .add(
            sarah,
            new ItemInput.Need(
                "Finds it hard to join in a game",
                AreaOfNeed.SEMH,
                List.of(thread.aspiration().id()),
                null));
  }

  @Test
  void aValueThatDoesNotReadIsAProblemNamingItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                plan + "/provisions",
                """
                {"description": "Lego therapy", "deliveredByRole": "TEACHING_ASSISTANT",
                 "sessionsPerWeek": "two", "minutesPerSession": "30"}
                """))
        .andExpect(Slices.badRequestNaming("sessionsPerWeek"));
    mvc.perform(Slices.apiGet(SENCO, plan + "/history?at=1 March"))
        .andExpect(Slices.badRequestNaming("at"));

    verify(plans, never()).add(any(), any());
  }

  @Test
  void aChangeKeepsTheFieldsLeftOutAndAStaleVersionIsAConflict() throws Exception {
    OutcomeView outcome = thread.outcome();
    String item = plan + "/outcomes/" + outcome.id();
    given(plans.item(sarah, PlanItemKind.OUTCOMES, outcome.id())).willReturn(outcome);
    given(plans.update(eq(sarah), eq(outcome.id()), eq(3L), any())).willReturn(outcome);
    given(plans.update(eq(sarah), eq(outcome.id()), eq(2L), any())).willThrow(new EditConflict());

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, SENCO, item, "{\"version\": 3, \"status\": \"ACHIEVED\"}"))
        .andExpect(status().isOk());
    verify(plans)
        .update(
            sarah,
            outcome.id(),
            3,
            new ItemInput.Outcome(
                "Joins a game at playtime",
                "Four playtimes out of five",
                PlanPages.TARGET,
                OutcomeStatus.ACHIEVED,
                false,
                List.of(thread.need().id()),
                List.of(thread.provision().id())));

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, SENCO, item, "{\"version\": 2, \"status\": \"ACHIEVED\"}"))
        .andExpect(Slices.problem(409));
    mvc.perform(Slices.apiSend(HttpMethod.PUT, SENCO, item, "{\"status\": \"ACHIEVED\"}"))
        .andExpect(Slices.badRequestNaming("version"));
  }

  @Test
  void removingAnswersNoContent() throws Exception {
    String item = plan + "/strategies/" + thread.strategy().id();

    mvc.perform(Slices.apiSend(HttpMethod.DELETE, SENCO, item + "?version=1", null))
        .andExpect(status().isNoContent());

    verify(plans).remove(sarah, PlanItemKind.STRATEGIES, thread.strategy().id(), 1L);
  }

  @Test
  void aParentMayNotAddANeedAndSomeoneTheDoorRefusesFindsNoPlan() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, PlanPages.CHILD, Relationship.PARENT);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + asParent.id() + "/plan/needs",
                "{\"text\": \"Shy\", \"area\": \"SEMH\"}"))
        .andExpect(Slices.problem(403));
    mvc.perform(Slices.apiGet(stranger, plan)).andExpect(Slices.problem(404));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                stranger,
                plan + "/outcomes/" + thread.outcome().id(),
                "{\"version\": 3}"))
        .andExpect(Slices.problem(404));
    verify(plans, never()).add(any(), any());
    verify(plans, never()).update(any(), any(), anyLong(), any());
  }

  @Test
  void thePlanAsAPdfIsADownload() throws Exception {
    given(document.download(eq(sarah), any()))
        .willReturn(Slices.pdf("plan-sarah-bennett-2026-11-23.pdf"));

    mvc.perform(get(plan + "/pdf").with(user(SENCO)))
        .andExpect(Slices.pdfDownload("plan-sarah-bennett-2026-11-23.pdf"));
  }
}

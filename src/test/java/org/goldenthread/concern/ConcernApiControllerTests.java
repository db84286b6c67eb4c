package org.goldenthread.concern;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
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

/** Early concerns through the API: issue 16's shapes, and what reaches the service. */
@WebMvcTest(ConcernApiController.class)
class ConcernApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Concerns concerns;
  @MockitoBean ConcernDecisions decisions;

  AccessibleChild sarah;
  ConcernView late;

  @BeforeEach
  void sarahsConcern() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    late = ConcernViews.late(sarah, UUID.randomUUID());
  }

  @Test
  void aConcernAnswers201WithTheFixedFields() throws Exception {
    given(concerns.raise(any(), eq(new ConcernInput("Lunchtimes", "Alone", "A club", "Noisy"))))
        .willReturn(late);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/concerns",
                "{\"noticed\": \"Lunchtimes\", \"examples\": \"Alone\", \"tried\": \"A club\","
                    + " \"childSays\": \"Noisy\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(late.id().toString()))
        .andExpect(jsonPath("$.noticed").value(late.noticed()))
        .andExpect(jsonPath("$.raisedOn").value(late.raisedOn().toString()))
        .andExpect(jsonPath("$.answerDueOn").value(late.answerDueOn().toString()))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.late").value(true))
        .andExpect(jsonPath("$.meetingId").value(late.meetingId().toString()))
        .andExpect(jsonPath("$.meetingHeld").value(true))
        .andExpect(jsonPath("$.decision").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void theListIsAPageAndOneConcernHasItsOwnAddress() throws Exception {
    given(concerns.forChild(sarah, 0, 50)).willReturn(new PageOf<>(List.of(late), 0, 50, 1));
    given(concerns.read(eq(PARENT), eq(late.id()))).willReturn(new Concerns.Opened(sarah, late));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/children/" + sarah.id() + "/concerns"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(late.id().toString()))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/concerns/" + late.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.raisedByRole").value("STAFF"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/concerns/not-an-id")).andExpect(Slices.problem(404));
  }

  @Test
  void aDecisionGoesToTheServiceWithItsFieldsAndVersionOrNone() throws Exception {
    AccessibleChild asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(concerns.open(eq(SENCO), eq(late.id()))).willReturn(new Concerns.Opened(asSenco, late));
    DecisionInput decision =
        new DecisionInput(
            ConcernDecision.SEN_SUPPORT, "A club", null, late.meetingId(), null, null);
    given(decisions.decide(asSenco, late.id(), decision, 0L))
        .willReturn(ConcernViews.decided(late));
    given(decisions.decide(eq(asSenco), eq(late.id()), eq(decision), isNull()))
        .willReturn(ConcernViews.decided(late));

    String body =
        "{\"decision\": \"SEN_SUPPORT\", \"reasons\": \"A club\", \"meetingId\": \""
            + late.meetingId()
            + "\"";
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/concerns/" + late.id() + "/decision",
                body + ", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECIDED"))
        .andExpect(jsonPath("$.decision").value("SEN_SUPPORT"))
        .andExpect(jsonPath("$.reasons").value(ConcernViews.decided(late).reasons()))
        .andExpect(jsonPath("$.decidedAtMeetingId").value(late.meetingId().toString()));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, SENCO, "/api/v1/concerns/" + late.id() + "/decision", body + "}"))
        .andExpect(status().isOk());
  }

  @Test
  void aChoiceOrDateThatDoesNotReadIsA400NamingItsField() throws Exception {
    AccessibleChild asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(concerns.open(eq(SENCO), eq(late.id()))).willReturn(new Concerns.Opened(asSenco, late));
    String decision = "/api/v1/concerns/" + late.id() + "/decision";

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                decision,
                "{\"decision\": \"GIVE_UP\", \"reasons\": \"x\"}"))
        .andExpect(Slices.badRequestNaming("decision"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                decision,
                "{\"decision\": \"MONITOR\", \"reasons\": \"x\", \"reviewOn\": \"next week\"}"))
        .andExpect(Slices.badRequestNaming("reviewOn"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                decision,
                "{\"decision\": \"MONITOR\", \"reasons\": \"x\", \"meetingId\": \"the last one\"}"))
        .andExpect(Slices.badRequestNaming("meetingId"));
    verify(decisions, never()).decide(any(), any(), any(), any());
  }

  @Test
  void aStrangerIsTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    given(concerns.read(eq(stranger), any())).willThrow(NotFound.error());
    given(concerns.open(eq(stranger), any())).willThrow(NotFound.error());

    mvc.perform(Slices.apiGet(stranger, "/api/v1/children/" + sarah.id() + "/concerns"))
        .andExpect(Slices.problem(404));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                stranger,
                "/api/v1/children/" + sarah.id() + "/concerns",
                "{\"noticed\": \"x\"}"))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiGet(stranger, "/api/v1/concerns/" + late.id()))
        .andExpect(Slices.problem(404));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                stranger,
                "/api/v1/concerns/" + late.id() + "/decision",
                "{\"decision\": \"MONITOR\", \"reasons\": \"x\"}"))
        .andExpect(Slices.problem(404));
    verify(concerns, never()).raise(any(), any());
  }
}

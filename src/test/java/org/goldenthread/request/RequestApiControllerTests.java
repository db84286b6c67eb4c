package org.goldenthread.request;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

/** Requests in writing through the API: issue 15's shapes, and what reaches the service. */
@WebMvcTest(RequestApiController.class)
class RequestApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean WrittenRequests requests;

  AccessibleChild sarah;
  RequestView late;

  @BeforeEach
  void sarahsRequest() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    late = RequestViews.late(sarah);
  }

  @Test
  void aRequestAnswers201WithTheFixedFields() throws Exception {
    given(
            requests.make(
                any(),
                eq(new RequestInput(RequestKind.PROVISION_CHANGE, RequestTo.SCHOOL, "Quiet"))))
        .willReturn(late);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/requests",
                "{\"kind\": \"PROVISION_CHANGE\", \"to\": \"SCHOOL\", \"text\": \"Quiet\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(late.id().toString()))
        .andExpect(jsonPath("$.kind").value("PROVISION_CHANGE"))
        .andExpect(jsonPath("$.to").value("SCHOOL"))
        .andExpect(jsonPath("$.text").value(late.text()))
        .andExpect(jsonPath("$.madeOn").value(late.madeOn().toString()))
        .andExpect(jsonPath("$.dueOn").value(late.dueOn().toString()))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.late").value(true))
        .andExpect(jsonPath("$.answer").doesNotExist())
        .andExpect(jsonPath("$.answeredOn").doesNotExist())
        .andExpect(jsonPath("$.daysTaken").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void theListIsAPageAndOneRequestHasItsOwnAddress() throws Exception {
    given(requests.forChild(sarah, 0, 50)).willReturn(new PageOf<>(List.of(late), 0, 50, 1));
    given(requests.read(eq(PARENT), eq(late.id())))
        .willReturn(new WrittenRequests.Opened(sarah, late));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/children/" + sarah.id() + "/requests"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(late.id().toString()))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/requests/" + late.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("PROVISION_CHANGE"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/requests/not-an-id")).andExpect(Slices.problem(404));
  }

  @Test
  void anAnswerGoesToTheServiceWithItsVersionOrNone() throws Exception {
    AccessibleChild asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(requests.open(eq(SENCO), eq(late.id())))
        .willReturn(new WrittenRequests.Opened(asSenco, late));
    AnswerInput answer = new AnswerInput("The library", RequestDecision.PARTLY_AGREED);
    given(requests.answer(asSenco, late.id(), answer, 0L))
        .willReturn(RequestViews.answeredLate(late));
    given(requests.answer(eq(asSenco), eq(late.id()), eq(answer), isNull()))
        .willReturn(RequestViews.answeredLate(late));

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/requests/" + late.id() + "/answer",
                "{\"text\": \"The library\", \"decision\": \"PARTLY_AGREED\", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ANSWERED"))
        .andExpect(jsonPath("$.decision").value("PARTLY_AGREED"))
        .andExpect(jsonPath("$.daysTaken").value(30))
        .andExpect(jsonPath("$.late").value(true));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/requests/" + late.id() + "/answer",
                "{\"text\": \"The library\", \"decision\": \"PARTLY_AGREED\"}"))
        .andExpect(status().isOk());
  }

  @Test
  void aChoiceThatIsNoneOfTheOptionsIsA400NamingItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/requests",
                "{\"kind\": \"<b>MEETING</b>\", \"to\": \"SCHOOL\", \"text\": \"x\"}"))
        .andExpect(Slices.badRequestNaming("kind"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/requests",
                "{\"kind\": \"MEETING\", \"to\": \"THE_KING\", \"text\": \"x\"}"))
        .andExpect(Slices.badRequestNaming("to"));
    verify(requests, never()).make(any(), any());
  }

  @Test
  void aStrangerIsTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    given(requests.read(eq(stranger), any())).willThrow(NotFound.error());

    mvc.perform(Slices.apiGet(stranger, "/api/v1/children/" + sarah.id() + "/requests"))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiGet(stranger, "/api/v1/requests/" + late.id()))
        .andExpect(Slices.problem(404));
  }
}

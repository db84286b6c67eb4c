package org.goldenthread.voice;

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
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Views through the API: issue 17's shapes, and what reaches the service. */
@WebMvcTest(ViewApiController.class)
class ViewApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Views views;

  AccessibleChild sarah;
  RecordedView open;

  @BeforeEach
  void sarahsView() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    open = RecordedViews.open(sarah);
  }

  @Test
  void aViewAnswers201WithTheFixedFields() throws Exception {
    UUID item = UUID.randomUUID();
    ViewInput input =
        new ViewInput(
            Whose.CHILD,
            "Near the door",
            null,
            AboutKind.PLAN_ITEM,
            item,
            "At home",
            "Her words",
            ViewMethod.TALKING,
            "Mum");
    given(views.record(sarah, input)).willReturn(open);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/views",
                "{\"whose\": \"CHILD\", \"text\": \"Near the door\", \"aboutKind\": \"PLAN_ITEM\","
                    + " \"aboutId\": \""
                    + item
                    + "\", \"space\": \"At home\", \"voice\": \"Her words\", \"method\":"
                    + " \"TALKING\", \"audience\": \"Mum\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(open.id().toString()))
        .andExpect(jsonPath("$.whose").value("CHILD"))
        .andExpect(jsonPath("$.text").value(open.text()))
        .andExpect(jsonPath("$.aboutKind").value("SCHOOL_LIFE"))
        .andExpect(jsonPath("$.method").value("TALKING"))
        .andExpect(jsonPath("$.recordedBy").value("Claire Bennett"))
        .andExpect(jsonPath("$.recordedAt").isNotEmpty())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.openDays").value(12))
        .andExpect(jsonPath("$.response").doesNotExist())
        .andExpect(jsonPath("$.fedBackOn").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void choicesThatAreNotOnesAreA400NamingEachBeforeTheServiceIsAsked() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + sarah.id() + "/views",
                "{\"whose\": \"DOG\", \"text\": \"x\", \"aboutId\": \"nope\", \"method\":"
                    + " \"SINGING\"}"))
        .andExpect(Slices.badRequestNaming("whose", "aboutId", "method"));
    verify(views, never()).record(ArgumentMatchers.any(), ArgumentMatchers.any());
  }

  @Test
  void theListIsAPageFilteredByStatusAndOneViewHasItsOwnAddress() throws Exception {
    given(views.forChild(sarah, ViewStatus.OPEN, 0, 50))
        .willReturn(new PageOf<>(List.of(open), 0, 50, 1));
    given(views.read(eq(PARENT), eq(open.id()))).willReturn(new Views.Opened(sarah, open));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/children/" + sarah.id() + "/views?status=OPEN"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(open.id().toString()))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/children/" + sarah.id() + "/views?status=LOST"))
        .andExpect(Slices.badRequestNaming("status"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/views/" + open.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.whose").value("CHILD"));
    mvc.perform(Slices.apiGet(PARENT, "/api/v1/views/not-an-id")).andExpect(Slices.problem(404));
  }

  @Test
  void aResponseGoesToTheServiceWithItsDateAndVersionOrNone() throws Exception {
    AccessibleChild asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(views.open(eq(SENCO), eq(open.id()))).willReturn(new Views.Opened(asSenco, open));
    RecordedView fed = RecordedViews.fedBack(sarah);
    ResponseInput response =
        new ResponseInput("The library", "Told her", RecordedViews.TODAY.minusDays(1));
    given(views.respond(asSenco, open.id(), response, 0L)).willReturn(fed);
    given(
            views.respond(
                eq(asSenco), eq(open.id()), eq(new ResponseInput("Yes", null, null)), isNull()))
        .willReturn(fed);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/views/" + open.id() + "/response",
                "{\"response\": \"The library\", \"how\": \"Told her\", \"fedBackOn\": \""
                    + RecordedViews.TODAY.minusDays(1)
                    + "\", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FED_BACK"))
        .andExpect(jsonPath("$.fedBackOn").value(fed.fedBackOn().toString()))
        .andExpect(jsonPath("$.response").value(fed.response()));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/views/" + open.id() + "/response",
                "{\"response\": \"Yes\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/views/" + open.id() + "/response",
                "{\"response\": \"Yes\", \"fedBackOn\": \"31/02/2026\"}"))
        .andExpect(Slices.badRequestNaming("fedBackOn"));
  }
}

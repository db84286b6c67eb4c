package org.goldenthread.action;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Agreed actions through the API (api.md "Action"): the caller's own, one, and changing one. */
@WebMvcTest(ActionApiController.class)
class ActionApiControllerTests {

  private static final CurrentUser TEACHER = TestDoor.person("Tom Teacher", Role.TEACHER);

  @Autowired MockMvc mvc;
  @MockitoBean ActionAccess access;
  @MockitoBean MeetingActions actions;

  private AccessibleAction timetable;
  private ActionView open;
  private String path;

  @BeforeEach
  void anActionTheTeacherOwns() {
    timetable = ActionDoor.opens(access, TEACHER, Relationship.TEAM_MEMBER);
    open = ActionDoor.action(timetable, TEACHER.id(), TEACHER.displayName());
    path = "/api/v1/actions/" + timetable.id();
    given(actions.get(timetable)).willReturn(open);
  }

  @Test
  void listsTheCallersOpenActionsAsAPageWithTheContractsFields() throws Exception {
    given(actions.openOwnedBy(TEACHER)).willReturn(Collections.nCopies(3, open));

    mvc.perform(get("/api/v1/actions?page=1&size=2").with(user(TEACHER)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].id").value(open.id().toString()))
        .andExpect(jsonPath("$.items[0].description").value("Send home a visual timetable"))
        .andExpect(jsonPath("$.items[0].ownerId").value(TEACHER.id().toString()))
        .andExpect(jsonPath("$.items[0].dueOn").value(open.dueOn().toString()))
        .andExpect(jsonPath("$.items[0].status").value("OPEN"))
        .andExpect(jsonPath("$.items[0].overdue").value(false))
        .andExpect(jsonPath("$.items[0].version").value(2));
  }

  @Test
  void answersOneActionAndChangesItsStatusFromTheVersionRead() throws Exception {
    mvc.perform(get(path).with(user(TEACHER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(open.id().toString()))
        .andExpect(jsonPath("$.meetingId").value(timetable.meetingId().toString()));

    given(actions.update(eq(timetable), eq(2L), any()))
        .willReturn(
            ActionDoor.action(
                timetable, TEACHER.id(), TEACHER.displayName(), ActionStatus.DONE, 3));
    mvc.perform(
            ActionDoor.api(TEACHER, HttpMethod.PUT, path, "{\"status\":\"DONE\",\"version\":2}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.version").value(3));

    verify(actions)
        .update(timetable, 2, new ActionUpdate(null, null, null, ActionStatus.DONE, null));
  }

  @Test
  void aBodyThatDoesNotReadIsAProblemNamingEachField() throws Exception {
    mvc.perform(ActionDoor.api(TEACHER, HttpMethod.PUT, path, "{\"status\":\"DONE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[0].field").value("version"))
        .andExpect(jsonPath("$.errors[0].message").value("Send the version you read"));

    mvc.perform(
            ActionDoor.api(
                TEACHER,
                HttpMethod.PUT,
                path,
                "{\"status\":\"FINISHED\",\"ownerId\":\"tom\",\"dueOn\":\"next week\","
                    + "\"version\":2}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field").value(containsInAnyOrder("ownerId", "dueOn", "status")));

    verify(actions, never()).update(any(), anyLong(), any());
  }

  @Test
  void aStaleVersionIsAConflict() throws Exception {
    given(actions.update(eq(timetable), eq(1L), any())).willThrow(new EditConflict());

    mvc.perform(
            ActionDoor.api(TEACHER, HttpMethod.PUT, path, "{\"status\":\"DONE\",\"version\":1}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void anActionTheDoorRefusesIsNotFound() throws Exception {
    CurrentUser stranger = ActionDoor.stranger(access);

    mvc.perform(get(path).with(user(stranger)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            ActionDoor.api(stranger, HttpMethod.PUT, path, "{\"status\":\"DONE\",\"version\":2}"))
        .andExpect(status().isNotFound());

    verify(actions, never()).update(any(), anyLong(), any());
  }
}

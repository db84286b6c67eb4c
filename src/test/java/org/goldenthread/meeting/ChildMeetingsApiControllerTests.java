package org.goldenthread.meeting;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A child's meetings, actions and rhythm through the API (api.md "Meeting"). */
@WebMvcTest(ChildMeetingsApiController.class)
class ChildMeetingsApiControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingActions actions;
  @MockitoBean MeetingRhythms rhythms;

  private AccessibleChild maya;
  private String path;

  @BeforeEach
  void aChildWhoseTeamTheSencoLeads() {
    maya = TestDoor.opens(access, SENCO, MeetingDoor.CHILD_NAME, Relationship.SENCO);
    path = "/api/v1/children/" + maya.id();
  }

  @Test
  void listsTheChildsMeetingsWithTheContractsFields() throws Exception {
    MeetingView booked = MeetingDoor.meeting(maya, MeetingStatus.BOOKED);
    given(meetings.forChild(maya)).willReturn(List.of(booked));

    mvc.perform(get(path + "/meetings").with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.items[0].id").value(booked.id().toString()))
        .andExpect(jsonPath("$.items[0].kind").value("SEN_SUPPORT_REVIEW"))
        .andExpect(jsonPath("$.items[0].startsAt").value(booked.startsAt().toString()))
        .andExpect(jsonPath("$.items[0].durationMinutes").value(60))
        .andExpect(jsonPath("$.items[0].location").value("Room 4"))
        .andExpect(jsonPath("$.items[0].inviteeIds[0]").value(SENCO.id().toString()))
        .andExpect(jsonPath("$.items[0].status").value("BOOKED"))
        .andExpect(jsonPath("$.items[0].version").value(3));
  }

  @Test
  void arrangesAMeetingAsSentAnswering201() throws Exception {
    UUID teacher = UUID.randomUUID();
    MeetingView draft = MeetingDoor.meeting(maya, MeetingStatus.DRAFT);
    given(meetings.create(eq(maya), any(), eq(true))).willReturn(draft);

    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/meetings",
                "{\"kind\":\"TEAM_MEETING\",\"startsAt\":\"2027-02-10T09:30:00Z\","
                    + "\"location\":\"Room 4\",\"inviteeIds\":[\""
                    + teacher
                    + "\"],\"status\":\"DRAFT\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(draft.id().toString()))
        .andExpect(jsonPath("$.status").value("DRAFT"));

    verify(meetings)
        .create(
            maya,
            new MeetingDetails(
                MeetingKind.TEAM_MEETING,
                Instant.parse("2027-02-10T09:30:00Z"),
                null,
                "Room 4",
                List.of(teacher),
                null),
            true);
  }

  @Test
  void aBodyThatDoesNotReadIsAProblemNamingEachField() throws Exception {
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/meetings",
                "{\"kind\":\"PARTY\",\"startsAt\":\"tomorrow\",\"inviteeIds\":[\"tom\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(containsInAnyOrder("kind", "inviteeIds[0]", "startsAt")));

    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/meetings",
                "{\"kind\":\"TEAM_MEETING\",\"status\":\"CLOSED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message").value("Choose one of the allowed values"));

    verify(meetings, never()).create(any(), any(), anyBoolean());
  }

  @Test
  void onlyThoseWhoArrangeMeetingsMayArrangeOne() throws Exception {
    CurrentUser parent = TestDoor.person("Claire Jones", Role.PARENT);
    AccessibleChild theirs =
        TestDoor.opens(access, parent, MeetingDoor.CHILD_NAME, Relationship.PARENT);

    mvc.perform(
            MeetingDoor.api(
                parent,
                HttpMethod.POST,
                "/api/v1/children/" + theirs.id() + "/meetings",
                "{\"kind\":\"TEAM_MEETING\",\"startsAt\":\"2027-02-10T09:30:00Z\"}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

    verify(meetings, never()).create(any(), any(), anyBoolean());
  }

  @Test
  void answersTheChildsActionsAndNoRhythmForAChildNotOnSenSupport() throws Exception {
    AccessibleMeeting review = new AccessibleMeeting(UUID.randomUUID(), maya);
    ActionView action = MeetingDoor.action(review, SENCO.id(), "Sarah");
    given(actions.forChild(maya)).willReturn(List.of(action));

    mvc.perform(get(path + "/actions").with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(action.id().toString()))
        .andExpect(jsonPath("$.items[0].status").value("OPEN"));
    mvc.perform(get(path + "/meeting-rhythm").with(user(SENCO)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aChildTheDoorRefusesIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.PARENT);
    TestDoor.refuses(access, stranger);

    mvc.perform(get(path + "/meetings").with(user(stranger)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            MeetingDoor.api(
                stranger, HttpMethod.POST, path + "/meetings", "{\"kind\":\"TEAM_MEETING\"}"))
        .andExpect(status().isNotFound());

    verify(meetings, never()).create(any(), any(), anyBoolean());
  }
}

package org.goldenthread.meeting;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.MeetingActions;
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

/** One meeting through the API: reading, changing, minutes, closing, preparation and actions. */
@WebMvcTest(MeetingApiController.class)
class MeetingApiControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingClosing closing;
  @MockitoBean MeetingPreparation preparation;
  @MockitoBean MeetingActions actions;

  private AccessibleMeeting review;
  private MeetingView held;
  private String path;

  @BeforeEach
  void aHeldMeetingTheSencoRuns() {
    review = MeetingDoor.opens(access, SENCO, Relationship.SENCO);
    held = MeetingDoor.meeting(review, MeetingStatus.HELD);
    path = "/api/v1/meetings/" + review.id();
    given(meetings.get(review)).willReturn(held);
  }

  @Test
  void answersTheMeetingWithTheContractsFields() throws Exception {
    mvc.perform(get(path).with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.id").value(review.id().toString()))
        .andExpect(jsonPath("$.kind").value("SEN_SUPPORT_REVIEW"))
        .andExpect(jsonPath("$.startsAt").value(held.startsAt().toString()))
        .andExpect(jsonPath("$.durationMinutes").value(60))
        .andExpect(jsonPath("$.location").value("Room 4"))
        .andExpect(jsonPath("$.inviteeIds.length()").value(2))
        .andExpect(jsonPath("$.status").value("HELD"))
        .andExpect(jsonPath("$.version").value(3));
  }

  @Test
  void cancelsWithTheVersionReadAndRefusesAChangeWithoutOne() throws Exception {
    given(meetings.cancel(review, 3))
        .willReturn(MeetingDoor.meeting(review, MeetingStatus.CANCELLED));

    mvc.perform(
            MeetingDoor.api(
                SENCO, HttpMethod.PUT, path, "{\"status\":\"CANCELLED\",\"version\":3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    verify(meetings).cancel(review, 3);

    mvc.perform(MeetingDoor.api(SENCO, HttpMethod.PUT, path, "{\"location\":\"The library\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(MeetingDoor.api(SENCO, HttpMethod.PUT, path, "{\"status\":\"HELD\",\"version\":3}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    verify(meetings, never()).update(any(), anyLong(), any());
  }

  @Test
  void recordsTheMinutesAsSent() throws Exception {
    given(meetings.recordMinutes(eq(review), eq(3L), any())).willReturn(held);

    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.PUT,
                path + "/minutes",
                "{\"notes\":\"Settling well\",\"decisions\":\"Keep the timetable\",\"version\":3}"))
        .andExpect(status().isOk());

    verify(meetings)
        .recordMinutes(review, 3, new Minutes("Settling well", null, null, "Keep the timetable"));
  }

  @Test
  void closesWithTheNextDateAndNamesADateThatDoesNotRead() throws Exception {
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/close",
                "{\"minutes\":\"Done\",\"followUpOn\":\"2027-02-10\",\"version\":3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(review.id().toString()));
    verify(closing).close(review, 3L, new Closing("Done", LocalDate.of(2027, 2, 10), null));

    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/close",
                "{\"minutes\":\"Done\",\"followUpOn\":\"10/02/2027\",\"version\":3}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("followUpOn"))
        .andExpect(jsonPath("$.errors[0].message").value("Enter a date in the form 2026-11-22"));
  }

  @Test
  void addsPreparationAndActionsAnswering201() throws Exception {
    ContributionView added =
        new ContributionView(
            UUID.randomUUID(),
            review.id(),
            SENCO.id(),
            SENCO.displayName(),
            ContributionKind.PROFESSIONAL_UPDATE,
            "Reading age up a year",
            null,
            false,
            Instant.now(),
            0);
    given(preparation.add(eq(review), any())).willReturn(added);
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/preparation",
                "{\"kind\":\"PROFESSIONAL_UPDATE\",\"text\":\"Reading age up a year\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(added.id().toString()));
    verify(preparation)
        .add(
            review,
            new ContributionInput(
                ContributionKind.PROFESSIONAL_UPDATE, "Reading age up a year", null, false));

    UUID teacher = UUID.randomUUID();
    given(actions.add(eq(review.child()), eq(review.id()), any()))
        .willReturn(MeetingDoor.action(review, teacher, "Tom Teacher"));
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/actions",
                "{\"description\":\"Reading cards\",\"ownerId\":\""
                    + teacher
                    + "\",\"dueOn\":\"2027-01-15\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ownerId").value(teacher.toString()));
    verify(actions)
        .add(
            review.child(),
            review.id(),
            new ActionInput("Reading cards", teacher, LocalDate.of(2027, 1, 15)));
  }

  @Test
  void aBodyThatDoesNotReadIsAProblemNamingEachField() throws Exception {
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/preparation",
                "{\"kind\":\"GOSSIP\",\"text\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    mvc.perform(
            MeetingDoor.api(
                SENCO,
                HttpMethod.POST,
                path + "/actions",
                "{\"description\":\"x\",\"ownerId\":\"tom\",\"dueOn\":\"soon\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("ownerId", "dueOn")));

    verifyNoInteractions(preparation, actions);
  }

  @Test
  void givesTheCalendarFile() throws Exception {
    given(meetings.calendar(review)).willReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    mvc.perform(get(path + "/invite.ics").with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/calendar;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"meeting.ics\""))
        .andExpect(content().string("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
  }

  @Test
  void aMeetingTheDoorRefusesIsNotFound() throws Exception {
    CurrentUser stranger = MeetingDoor.stranger(access);

    mvc.perform(get(path).with(user(stranger)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(
            MeetingDoor.api(
                stranger, HttpMethod.PUT, path, "{\"status\":\"CANCELLED\",\"version\":3}"))
        .andExpect(status().isNotFound());

    verifyNoInteractions(meetings, closing, preparation, actions);
  }
}

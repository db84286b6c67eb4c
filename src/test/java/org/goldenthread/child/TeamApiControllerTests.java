package org.goldenthread.child;

import static org.goldenthread.child.ChildPeople.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TeamApiController.class)
class TeamApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Teams teams;

  AccessibleChild ella;
  TeamMemberView fiona;

  @BeforeEach
  void ellasTeam() {
    ella = TestDoor.opens(access, SENCO, "Ella Wood", Relationship.SENCO);
    fiona =
        ChildViews.asLead(
            ChildViews.teamMember(
                UUID.randomUUID(),
                "Fiona Walsh",
                TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                ConsentStatus.GIVEN));
  }

  private String team() {
    return "/api/v1/children/" + ella.id() + "/team";
  }

  @Test
  void listsTheTeamAPageAtATimeWithTheContractsFields() throws Exception {
    TeamMemberView jo =
        ChildViews.teamMember(
            null, "Jo Smith", TeamRole.TEACHING_ASSISTANT, ConsentStatus.NOT_NEEDED);
    given(teams.current(ella)).willReturn(List.of(fiona, jo));

    mvc.perform(ChildApi.get(SENCO, team() + "?page=0&size=1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].id").value(fiona.id().toString()))
        .andExpect(jsonPath("$.items[0].userId").value(fiona.userId().toString()))
        .andExpect(jsonPath("$.items[0].name").value("Fiona Walsh"))
        .andExpect(jsonPath("$.items[0].role").value("SPEECH_AND_LANGUAGE_THERAPIST"))
        .andExpect(jsonPath("$.items[0].organisation").value("Northshire SLT"))
        .andExpect(jsonPath("$.items[0].lead").value(true))
        .andExpect(jsonPath("$.items[0].commitment").value("Weekly sessions in school"))
        .andExpect(jsonPath("$.items[0].consent").value("GIVEN"))
        .andExpect(jsonPath("$.items[0].startOn").value("2026-09-01"))
        .andExpect(jsonPath("$.items[0].version").value(4));
  }

  @Test
  void addsAMemberAsSentAndAnswersCreated() throws Exception {
    given(teams.add(any(), any(), anyBoolean())).willReturn(fiona);

    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                team(),
                """
                {"name": "Fiona Walsh", "role": "speech_and_language_therapist",
                 "organisation": "Northshire SLT", "startOn": "2026-09-01",
                 "commitment": "Weekly sessions in school", "lead": true}
                """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(fiona.id().toString()))
        .andExpect(jsonPath("$.consent").value("GIVEN"));

    verify(teams)
        .add(
            ella,
            new TeamMemberDetails(
                null,
                "Fiona Walsh",
                TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                "Northshire SLT",
                LocalDate.of(2026, 9, 1),
                null,
                "Weekly sessions in school"),
            true);
  }

  @Test
  void aBodyThatDoesNotReadIsAProblemNamingEachField() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                team(),
                """
                {"userId": "not-an-id", "name": "Fiona Walsh", "role": "WIZARD",
                 "startOn": "1/9/2026"}
                """))
        .andExpect(ChildApi.badRequestNaming("userId", "role", "startOn"));

    verify(teams, never()).add(any(), any(), anyBoolean());
  }

  @Test
  void aChangeMustSayWhichVersionItWasMadeFromAndKeepsWhatItLeavesOut() throws Exception {
    String member = team() + "/" + fiona.id();
    given(teams.member(ella, fiona.id())).willReturn(fiona);

    mvc.perform(ChildApi.send(HttpMethod.PUT, SENCO, member, "{\"commitment\": \"More\"}"))
        .andExpect(ChildApi.badRequestNaming("version"));
    verify(teams, never()).update(any(), any(), anyLong(), any(), anyBoolean());

    given(teams.update(any(), any(), anyLong(), any(), anyBoolean())).willReturn(fiona);
    mvc.perform(
            ChildApi.send(
                HttpMethod.PUT, SENCO, member, "{\"commitment\": \"More\", \"version\": 4}"))
        .andExpect(status().isOk());
    verify(teams)
        .update(
            ella,
            fiona.id(),
            4,
            new TeamMemberDetails(
                fiona.userId(),
                "Fiona Walsh",
                TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                "Northshire SLT",
                LocalDate.of(2026, 9, 1),
                null,
                "More"),
            false);
  }

  @Test
  void removingAMemberAnswersNoContent() throws Exception {
    mvc.perform(ChildApi.send(HttpMethod.DELETE, SENCO, team() + "/" + fiona.id(), null))
        .andExpect(status().isNoContent());

    verify(teams).remove(ella, fiona.id());
  }

  @Test
  void aChildTheCallerMayNotSeeIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(ChildApi.get(stranger, team())).andExpect(ChildApi.notFoundProblem());
    mvc.perform(ChildApi.send(HttpMethod.POST, stranger, team(), "{\"name\": \"Jo\"}"))
        .andExpect(ChildApi.notFoundProblem());
    mvc.perform(ChildApi.send(HttpMethod.DELETE, stranger, team() + "/" + fiona.id(), null))
        .andExpect(ChildApi.notFoundProblem());

    verifyNoInteractions(teams);
  }
}

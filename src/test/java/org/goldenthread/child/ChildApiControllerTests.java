package org.goldenthread.child;

import static org.goldenthread.child.ChildPeople.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChildApiController.class)
class ChildApiControllerTests {

  static final String CHILDREN = "/api/v1/children";

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Profiles profiles;

  AccessibleChild sarah;
  ChildSummary record;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    record = ChildViews.record(sarah);
    given(children.get(sarah)).willReturn(record);
  }

  @Test
  void listsTheChildrenTheCallerMaySeeWithASizeOverTheMaximumBroughtDown() throws Exception {
    given(children.page(any(), any(), any()))
        .willReturn(new PageImpl<>(List.of(record), PageRequest.of(2, 200), 401));

    mvc.perform(ChildApi.get(SENCO, CHILDREN + "?page=2&size=500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.total").value(401))
        .andExpect(jsonPath("$.items[0].id").value(sarah.id().toString()))
        .andExpect(jsonPath("$.items[0].givenName").value("Sarah"))
        .andExpect(jsonPath("$.items[0].familyName").value("Bennett"))
        .andExpect(jsonPath("$.items[0].dateOfBirth").value("2017-03-27"))
        .andExpect(jsonPath("$.items[0].schoolId").value(sarah.schoolId().toString()))
        .andExpect(jsonPath("$.items[0].senStatus").value("K"))
        .andExpect(jsonPath("$.items[0].primaryNeed").value("SLCN"))
        .andExpect(jsonPath("$.items[0].homeLanguages[0]").value("ENG"))
        .andExpect(jsonPath("$.items[0].interpreterNeeded").value(false))
        .andExpect(jsonPath("$.items[0].version").value(3));

    verify(children).page(SENCO, ChildFilter.none(), PageRequest.of(2, 200));
  }

  @Test
  void oneChildComesWithTheirOnePageProfile() throws Exception {
    given(profiles.sections(sarah))
        .willReturn(
            List.of(
                new ProfileSectionView(
                    ProfileSectionKind.HOW_I_COMMUNICATE,
                    "She points and signs",
                    "Claire Bennett",
                    Instant.parse("2026-11-22T09:30:00Z"),
                    2)));

    mvc.perform(ChildApi.get(SENCO, CHILDREN + "/" + sarah.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(sarah.id().toString()))
        .andExpect(jsonPath("$.profile[0].section").value("HOW_I_COMMUNICATE"))
        .andExpect(jsonPath("$.profile[0].text").value("She points and signs"))
        .andExpect(jsonPath("$.profile[0].writtenAt").value("2026-11-22T09:30:00Z"));
  }

  @Test
  void aChildsOwnAccountUnderSixteenGetsTheirRecordWithoutTheUpnAndStaffDo() throws Exception {
    CurrentUser own = TestDoor.person("Sarah Bennett", Role.CHILD);
    AccessibleChild asChild = TestDoor.opens(access, own, "Sarah Bennett", Relationship.CHILD);
    given(children.get(asChild)).willReturn(withUpn(asChild));
    given(access.grant(own, asChild.id())).willReturn(java.util.Optional.of(asChild.grant()));
    given(children.page(any(), any(), any()))
        .willReturn(new PageImpl<>(List.of(withUpn(asChild)), PageRequest.of(0, 50), 1));

    mvc.perform(ChildApi.get(own, CHILDREN + "/" + asChild.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.givenName").value("Sarah"))
        .andExpect(jsonPath("$.upn").doesNotExist());
    mvc.perform(ChildApi.get(own, CHILDREN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].upn").doesNotExist());

    given(children.get(sarah)).willReturn(withUpn(sarah));
    mvc.perform(ChildApi.get(SENCO, CHILDREN + "/" + sarah.id()))
        .andExpect(jsonPath("$.upn").value("E990212100001"));
  }

  private static ChildSummary withUpn(AccessibleChild child) {
    ChildSummary r = ChildViews.record(child);
    return new ChildSummary(
        r.id(),
        r.givenName(),
        r.familyName(),
        r.preferredName(),
        r.dateOfBirth(),
        "E990212100001",
        r.schoolId(),
        r.schoolName(),
        r.yearGroup(),
        r.senStatus(),
        r.primaryNeed(),
        r.secondaryNeed(),
        r.homeLanguages(),
        r.interpreterNeeded(),
        r.pronouns(),
        r.version());
  }

  @Test
  void addsAChildAsSentAndAnswersCreated() throws Exception {
    given(children.create(any(), any())).willReturn(record);

    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                CHILDREN,
                """
                {"givenName": "Sarah", "familyName": "Bennett", "dateOfBirth": "2017-03-27",
                 "schoolId": "%s", "yearGroup": "4", "senStatus": "k", "primaryNeed": "SLCN",
                 "homeLanguages": ["ENG", "POL"], "interpreterNeeded": true}
                """
                    .formatted(sarah.schoolId())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(sarah.id().toString()));

    verify(children)
        .create(
            SENCO,
            new ChildDetails(
                "Sarah",
                "Bennett",
                null,
                LocalDate.of(2017, 3, 27),
                null,
                sarah.schoolId(),
                "4",
                SenStatus.K,
                NeedCode.SLCN,
                null,
                List.of("ENG", "POL"),
                true,
                null));
  }

  @Test
  void valuesThatDoNotReadAreAProblemNamingEachField() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                CHILDREN,
                """
                {"givenName": "Sarah", "familyName": "Bennett", "dateOfBirth": "27/03/2017",
                 "schoolId": "riverside", "senStatus": "X"}
                """))
        .andExpect(ChildApi.badRequestNaming("dateOfBirth", "schoolId", "senStatus"));

    verify(children, never()).create(any(), any());
  }

  @Test
  void aChangeNeedsTheVersionReadAndKeepsEveryFieldItLeavesOut() throws Exception {
    String child = CHILDREN + "/" + sarah.id();
    mvc.perform(ChildApi.send(HttpMethod.PUT, SENCO, child, "{\"preferredName\": \"Sal\"}"))
        .andExpect(ChildApi.badRequestNaming("version"));
    verify(children, never()).update(any(), anyLong(), any());

    given(children.update(any(), anyLong(), any())).willReturn(record);
    mvc.perform(
            ChildApi.send(
                HttpMethod.PUT, SENCO, child, "{\"preferredName\": \"Sal\", \"version\": 3}"))
        .andExpect(status().isOk());
    verify(children)
        .update(
            sarah,
            3,
            new ChildDetails(
                "Sarah",
                "Bennett",
                "Sal",
                LocalDate.of(2017, 3, 27),
                null,
                sarah.schoolId(),
                "4",
                SenStatus.K,
                NeedCode.SLCN,
                null,
                List.of("ENG"),
                false,
                null));
  }

  @Test
  void aChildTheCallerMayNotSeeIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);
    String child = CHILDREN + "/" + sarah.id();

    mvc.perform(ChildApi.get(stranger, child)).andExpect(ChildApi.notFoundProblem());
    mvc.perform(
            ChildApi.send(
                HttpMethod.PUT, stranger, child, "{\"preferredName\": \"Sal\", \"version\": 3}"))
        .andExpect(ChildApi.notFoundProblem());

    verify(children, never()).update(any(), anyLong(), any());
    verifyNoInteractions(profiles);
  }
}

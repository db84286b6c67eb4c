package org.goldenthread.family;

import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildApi;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FamilyApiController.class)
class FamilyApiControllerTests {

  static final FamilyContextView CONTEXT =
      new FamilyContextView("Polish", null, "Weekends with Dad", null, 1);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Families families;
  @MockitoBean FamilyContexts contexts;

  AccessibleChild sarah;
  FamilyMemberView claire;

  @BeforeEach
  void sarahsFamily() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    claire = FamilyViews.parent("Claire Bennett", "claire@example.org", false);
    given(families.members(any())).willReturn(List.of(claire));
    given(contexts.context(any())).willReturn(CONTEXT);
  }

  private static String family(AccessibleChild child) {
    return "/api/v1/children/" + child.id() + "/family";
  }

  @Test
  void theSencoGetsTheParentsAPageAtATimeAndTheFamilysContext() throws Exception {
    mvc.perform(ChildApi.get(SENCO, family(sarah)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members.total").value(1))
        .andExpect(jsonPath("$.members.page").value(0))
        .andExpect(jsonPath("$.members.size").value(50))
        .andExpect(jsonPath("$.members.items[0].id").value(claire.id().toString()))
        .andExpect(jsonPath("$.members.items[0].name").value("Claire Bennett"))
        .andExpect(jsonPath("$.members.items[0].email").value("claire@example.org"))
        .andExpect(jsonPath("$.members.items[0].relationship").value("MOTHER"))
        .andExpect(jsonPath("$.members.items[0].parentalResponsibility").value(true))
        .andExpect(jsonPath("$.members.items[0].household").value("Mum’s home"))
        .andExpect(jsonPath("$.members.items[0].preferredLanguage").value("ENG"))
        .andExpect(jsonPath("$.members.items[0].informationLimited").value(false))
        .andExpect(jsonPath("$.members.items[0].version").value(2))
        .andExpect(jsonPath("$.context.culture").value("Polish"))
        .andExpect(jsonPath("$.context.parentingArrangements").value("Weekends with Dad"))
        .andExpect(jsonPath("$.context.version").value(1));
  }

  @Test
  void theContextIsAbsentForThoseWhoMayNotReadTheFamilysCircumstances() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);

    mvc.perform(ChildApi.get(TEACHER, family(asTeacher)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members.items[0].name").value("Claire Bennett"))
        .andExpect(jsonPath("$.context").doesNotExist());

    verify(contexts, never()).context(any());
  }

  @Test
  void addsAParentAsSentAndAnswersCreated() throws Exception {
    given(families.add(any(), any())).willReturn(claire);

    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                family(sarah),
                """
                {"name": "Claire Bennett", "email": "claire@example.org",
                 "relationship": "MOTHER", "parentalResponsibility": true,
                 "preferredFormat": "LARGE_PRINT", "contactChannel": "TEXT_MESSAGE"}
                """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(claire.id().toString()));

    verify(families)
        .add(
            sarah,
            new FamilyMemberDetails(
                "Claire Bennett",
                "claire@example.org",
                null,
                FamilyRelationship.MOTHER,
                true,
                null,
                null,
                PreferredFormat.LARGE_PRINT,
                ContactChannel.TEXT_MESSAGE,
                false,
                null,
                null,
                false));
  }

  @Test
  void choicesThatAreNotOnTheListAreAProblemNamingEachField() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                SENCO,
                family(sarah),
                """
                {"name": "Claire Bennett", "relationship": "AUNTIE",
                 "contactChannel": "PIGEON"}
                """))
        .andExpect(ChildApi.badRequestNaming("relationship", "contactChannel"));

    verify(families, never()).add(any(), any());
  }

  @Test
  void aChangeNeedsTheVersionReadAndTheContextKeepsWhatItLeavesOut() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.PUT,
                SENCO,
                family(sarah) + "/" + claire.id(),
                "{\"phone\": \"07700 900456\"}"))
        .andExpect(ChildApi.badRequestNaming("version"));
    verify(families, never()).update(any(), any(), anyLong(), any(FamilyMemberChange.class));

    given(contexts.context(sarah))
        .willReturn(new FamilyContextView("English", null, "Lives with both parents", null, 1));
    FamilyContextView sent =
        new FamilyContextView("Polish", "Catholic", "Lives with both parents", null, 1);
    given(contexts.update(sarah, 1, sent))
        .willReturn(
            new FamilyContextView("Polish", "Catholic", "Lives with both parents", null, 2));
    mvc.perform(
            ChildApi.send(
                HttpMethod.PUT,
                SENCO,
                family(sarah) + "/context",
                "{\"culture\": \"Polish\", \"religion\": \"Catholic\", \"version\": 1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.religion").value("Catholic"))
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void aChildTheCallerMayNotSeeIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(ChildApi.get(stranger, family(sarah))).andExpect(ChildApi.notFoundProblem());
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST, stranger, family(sarah), "{\"name\": \"Claire Bennett\"}"))
        .andExpect(ChildApi.notFoundProblem());

    verifyNoInteractions(families, contexts);
  }
}

package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.PARENT;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.THERAPIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.PagePanel;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@WebMvcTest(HomePageController.class)
@Import({ChildPages.Slice.class, SchoolChoices.class})
class HomePageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Teams teams;
  @MockitoBean HomePanel panel;
  @MockitoBean Organisations organisations;

  @Test
  void aParentSeesACardForEachChildWithWhoLeadsTheTeamAndHowManyAreOnIt() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    given(children.visibleTo(PARENT)).willReturn(List.of(ChildViews.record(sarah)));
    TeamMemberView lead =
        ChildViews.asLead(
            ChildViews.teamMember(
                SENCO.id(), "Priya Shah", TeamRole.SENCO, ConsentStatus.NOT_NEEDED));
    given(teams.current(sarah))
        .willReturn(
            List.of(
                lead,
                ChildViews.teamMember(
                    THERAPIST.id(),
                    "Fiona Walsh",
                    TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                    ConsentStatus.GIVEN)));

    Document page = ChildPages.show(mvc, PARENT, "/");

    assertThat(page.select("h1").text()).isEqualTo("Welcome, Claire Bennett");
    assertThat(page.select("#roles li").eachText()).containsExactly("parent or carer");
    assertThat(page.select("#children-heading").text()).isEqualTo("Your children");
    assertThat(page.select("#child-" + sarah.id() + " h3 a").attr("href"))
        .isEqualTo("/children/" + sarah.id());
    assertThat(page.select("#child-" + sarah.id()).text())
        .contains("Lead professional Priya Shah, SENCO", "Year 4");
    assertThat(page.select("#child-" + sarah.id() + " a[href$=/team]").text())
        .isEqualTo("2 people");
    assertThat(page.select("#caseload-count")).isEmpty();
    verify(children, never()).page(any(), any(), any());
  }

  @Test
  void aChildsOwnAccountUnderSixteenLandsOnTheirEasyReadHome() throws Exception {
    CurrentUser child = TestDoor.person("Sarah Bennett", Role.CHILD);
    UUID own = UUID.randomUUID();
    given(children.ownRecordUnderSixteen(child)).willReturn(Optional.of(own));

    mvc.perform(
            MockMvcRequestBuilders.get("/").with(SecurityMockMvcRequestPostProcessors.user(child)))
        .andExpect(MockMvcResultMatchers.redirectedUrl("/children/" + own + "/my-page"));
  }

  @Test
  void aYoungPersonSeesTheirOwnRecordOnTheirHome() throws Exception {
    CurrentUser young = TestDoor.person("Amira Hassan", Role.CHILD);
    AccessibleChild amira = TestDoor.opens(access, young, "Amira Hassan", Relationship.CHILD);
    given(children.ownRecordUnderSixteen(young)).willReturn(Optional.empty());
    given(children.visibleTo(young)).willReturn(List.of(ChildViews.record(amira)));

    Document page = ChildPages.show(mvc, young, "/");

    assertThat(page.select("#children-heading").text()).isEqualTo("Your record");
    assertThat(page.select("#child-" + amira.id()).text()).contains("Amira");
  }

  @Test
  void aParentWithNoChildToSeeIsToldThatNoneIsLinked() throws Exception {
    Document page = ChildPages.show(mvc, PARENT, "/");

    assertThat(page.select("#children").text())
        .contains("No child has been linked to your account yet.");
  }

  @Test
  void aParentWithNoChildToSeeButAPanelSeesThePanelInstead() throws Exception {
    given(panel.panelFor(PARENT, false))
        .willReturn(
            Optional.of(
                new PagePanel(
                    "limits",
                    "child.home.limits.heading",
                    "test/panel",
                    Map.of("id", "limits", "text", "A limit is recorded"))));

    Document page = ChildPages.show(mvc, PARENT, "/");

    assertThat(page.select("#limits").text()).isEqualTo("A limit is recorded");
    assertThat(page.select("#children").text()).doesNotContain("No child has been linked");
  }

  @Test
  void theSencoSeesTheirCaseloadFilteredOnHomeAndMayAddAChild() throws Exception {
    UUID riverside = SENCO.organisationsWhere(Role.SENCO).iterator().next();
    given(organisations.schools(Set.of(riverside)))
        .willReturn(List.of(ChildViews.school(riverside, "Riverside Academy")));
    ChildSummary sarah =
        ChildViews.record(TestDoor.child(SENCO, "Sarah Bennett", Relationship.SENCO));
    given(children.page(eq(SENCO), any(), any()))
        .willReturn(new PageImpl<>(List.of(sarah), PageRequest.of(0, 50), 1));

    Document page = ChildPages.show(mvc, SENCO, "/");

    assertThat(page.select("#children-heading").text()).isEqualTo("Your caseload");
    assertThat(page.select("#children a[href=/children/new]").text()).isEqualTo("Add a child");
    assertThat(page.select("form#filter").attr("action")).isEqualTo("/");
    assertThat(page.select("#caseload a").eachAttr("href"))
        .containsExactly("/children/" + sarah.id());
    verify(children, never()).visibleTo(any());
  }

  @Test
  void aProfessionalSeesTheChildrenWhoseTeamTheyAreOnButMayAddNone() throws Exception {
    given(children.page(eq(THERAPIST), any(), any()))
        .willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));

    Document page = ChildPages.show(mvc, THERAPIST, "/");

    assertThat(page.select("#children-heading").text()).isEqualTo("Children whose team you are on");
    assertThat(page.select("#caseload-empty").text())
        .isEqualTo("There are no children to show yet.");
    assertThat(page.select("a[href=/children/new]")).isEmpty();
  }

  @Test
  void someoneNotYetLinkedToAnyChildIsToldSo() throws Exception {
    CurrentUser invited = TestDoor.person("Dan Bennett");

    Document page = ChildPages.show(mvc, invited, "/");

    assertThat(page.select("main").text())
        .contains("No children have been linked to your account yet.");
    assertThat(page.select("#children, #caseload-count")).isEmpty();
    verify(children, never()).page(any(), any(), any());
  }
}

package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.goldenthread.child.ChildPeople.THERAPIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TeamPageController.class)
@Import(ChildPages.Slice.class)
class TeamPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Teams teams;
  @MockitoBean Accounts accounts;

  AccessibleChild ella;
  TeamMemberView fiona;

  @BeforeEach
  void ellasTeam() {
    ella = TestDoor.opens(access, SENCO, "Ella Wood", Relationship.SENCO);
    given(children.get(any())).willReturn(ChildViews.record(ella));
    fiona =
        ChildViews.teamMember(
            THERAPIST.id(),
            "Fiona Walsh",
            TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
            ConsentStatus.GIVEN);
    given(teams.current(any())).willReturn(List.of(fiona));
    given(teams.all(any())).willReturn(List.of(fiona));
  }

  private String team() {
    return "/children/" + ella.id() + "/team";
  }

  @Test
  void asksForEachDetailOfANewMemberWithItsHint() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, team() + "/new");

    assertThat(page.select("h1").text()).isEqualTo("Add someone to the team");
    assertThat(page.select("label[for=email]").text())
        .isEqualTo("Email address of their Golden Thread account (optional)");
    assertThat(page.select("input#email").attr("type")).isEqualTo("email");
    assertThat(page.select("#email-hint").text()).contains("they will see the child’s record");
    assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
    assertThat(page.select("input#name")).hasSize(1);
    assertThat(page.select("label[for=role]").text()).isEqualTo("Role on the team");
    assertThat(page.select("select#role option[value=SPEECH_AND_LANGUAGE_THERAPIST]").text())
        .isEqualTo("Speech and language therapist");
    assertThat(page.select("label[for=startOn.day]").text()).isEqualTo("Day");
    assertThat(page.select("label[for=commitment]").text()).isEqualTo("What they will do");
    assertThat(page.select("textarea#commitment")).hasSize(1);
    assertThat(page.select("main form").attr("action")).isEqualTo(team() + "/new");
  }

  @Test
  void addsSomeoneByTheirAccountWithWhatWasTypedAndGoesBackToTheTeam() throws Exception {
    CurrentUser jo = TestDoor.person("Jo Smith", Role.PROFESSIONAL);
    given(accounts.findByEmail("jo@example.org")).willReturn(Optional.of(jo));
    given(teams.add(any(), any())).willReturn(fiona);

    mvc.perform(
            ChildPages.form(
                SENCO,
                team() + "/new",
                "email",
                "jo@example.org",
                "name",
                "Jo Smith",
                "role",
                "EDUCATIONAL_PSYCHOLOGIST",
                "organisation",
                "Northshire EPS",
                "startOn.day",
                "1",
                "startOn.month",
                "12",
                "startOn.year",
                "2026",
                "commitment",
                "An assessment before March"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(team()));

    verify(teams)
        .add(
            ella,
            new TeamMemberDetails(
                jo.id(),
                "Jo Smith",
                TeamRole.EDUCATIONAL_PSYCHOLOGIST,
                "Northshire EPS",
                LocalDate.of(2026, 12, 1),
                null,
                "An assessment before March"));
  }

  @Test
  void anUnknownAccountAndADateThatIsNotRealAreShownBesideTheirFieldsAndNothingIsSaved()
      throws Exception {
    given(accounts.findByEmail(any())).willReturn(Optional.empty());

    Document page =
        ChildPages.submit(
            mvc,
            SENCO,
            team() + "/new",
            "email",
            "nobody@example.org",
            "name",
            "Jo Smith",
            "startOn.day",
            "31",
            "startOn.month",
            "2",
            "startOn.year",
            "2026");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#email", "#startOn.day");
    assertThat(page.select("#email-error").text())
        .contains("There is no Golden Thread account with this email address");
    assertThat(page.select("#startOn-error").text())
        .contains("The date they joined must be a real date");
    assertThat(page.select("input#email").val()).isEqualTo("nobody@example.org");
    assertThat(page.select("input#name").val()).isEqualTo("Jo Smith");
    verify(teams, never()).add(any(), any());
  }

  @Test
  void whatTheServiceRefusesIsLinkedFromTheSummaryToItsField() throws Exception {
    given(teams.add(any(), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("role", "child.team.error.role"),
                    new FieldMessage("name", "child.team.error.name"))));

    Document page =
        ChildPages.submit(
            mvc, SENCO, team() + "/new", "commitment", "Daily check-in at the start of school");

    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#name Enter the team member's name", "#role Choose the team member's role");
    assertThat(page.select("#role-error").text()).contains("Choose the team member's role");
    assertThat(page.select("textarea#commitment").text())
        .isEqualTo("Daily check-in at the start of school");
  }

  @Test
  void aMemberWhoDoesNotRunTheTeamChangesOnlyWhatTheyWillDo() throws Exception {
    AccessibleChild asFiona =
        TestDoor.opens(access, THERAPIST, "Ella Wood", Relationship.TEAM_MEMBER);

    Document page =
        ChildPages.show(
            mvc, THERAPIST, "/children/" + asFiona.id() + "/team/" + fiona.id() + "/edit");

    assertThat(page.select("h1").text()).isEqualTo("Change team details");
    assertThat(page.select("label[for=commitment]").text()).isEqualTo("What I will do");
    assertThat(page.select("textarea#commitment").text()).isEqualTo("Weekly sessions in school");
    assertThat(page.select("input#name, select#role, input#organisation")).isEmpty();
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("4");
  }

  @Test
  void onlyThoseWhoRunTheTeamMayAddOrChangeSomeoneElse() throws Exception {
    AccessibleChild asTeacher = TestDoor.opens(access, TEACHER, "Ella Wood", Relationship.TEACHER);
    String teachersTeam = "/children/" + asTeacher.id() + "/team";

    mvc.perform(get(teachersTeam + "/new").with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, teachersTeam + "/new", "name", "Jo Smith"))
        .andExpect(status().isForbidden());
    mvc.perform(get(teachersTeam + "/" + fiona.id() + "/edit").with(user(TEACHER)))
        .andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, teachersTeam + "/" + fiona.id() + "/remove"))
        .andExpect(status().isForbidden());

    verify(teams, never()).add(any(), any());
    verify(teams, never()).update(any(), any(), anyLong(), any());
    verify(teams, never()).remove(any(), eq(fiona.id()));
  }

  @Test
  void someoneTheDoorRefusesFindsNoTeam() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(team()).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(ChildPages.form(stranger, team() + "/new", "name", "Jo Smith"))
        .andExpect(status().isNotFound());

    verify(teams, never()).add(any(), any());
  }
}

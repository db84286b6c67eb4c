package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChildPageController.class)
@Import({ChildPages.Slice.class, ChildRecordRows.class, SchoolChoices.class})
class ChildPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Profiles profiles;
  @MockitoBean Teams teams;
  @MockitoBean Organisations organisations;

  AccessibleChild sarah;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
    given(organisations.schools(any()))
        .willReturn(List.of(ChildViews.school(sarah.schoolId(), "Riverside Academy")));
    given(profiles.sections(any()))
        .willReturn(
            List.of(
                new ProfileSectionView(
                    ProfileSectionKind.HOW_I_COMMUNICATE,
                    "She points and signs",
                    "Claire Bennett",
                    Instant.parse("2026-11-22T09:30:00Z"),
                    2)));
    given(teams.current(any()))
        .willReturn(
            List.of(
                ChildViews.teamMember(
                    UUID.randomUUID(),
                    "Fiona Walsh",
                    TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
                    ConsentStatus.GIVEN)));
  }

  private String record(AccessibleChild child) {
    return "/children/" + child.id();
  }

  @Test
  void theSencoSeesTheRecordProfileAndTeamWithLinksToChangeThem() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, record(sarah));

    assertThat(page.select("h1").text()).isEqualTo("Sarah Bennett");
    assertThat(page.select("#record").text()).contains("Date of birth 27 March 2017 (age 9)");
    assertThat(page.select("#record a[href=" + record(sarah) + "/edit#dateOfBirth.day]"))
        .hasSize(1);
    assertThat(page.select("#profile-how-i-communicate").text()).contains("She points and signs");
    assertThat(
            page.select(
                "#profile-how-i-communicate a[href="
                    + record(sarah)
                    + "/profile/how-i-communicate]"))
        .hasSize(1);
    assertThat(page.select("#team").text()).contains("Fiona Walsh");
    assertThat(page.select("a[href=" + record(sarah) + "/consents]")).hasSize(1);
  }

  @Test
  void aTeacherReadsTheRecordButIsOfferedNothingToChange() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);

    Document page = ChildPages.show(mvc, TEACHER, record(asTeacher));

    assertThat(page.select("#record").text()).contains("Date of birth 27 March 2017 (age 9)");
    assertThat(page.select("main a[href*=/edit], main a[href$=/profile/how-i-communicate]"))
        .isEmpty();
    assertThat(page.select("main a[href$=/consents]")).isEmpty();
  }

  @Test
  void theRecordFormLabelsEachFieldAndStartsFromTheSavedRecord() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, record(sarah) + "/edit");

    assertThat(page.select("h1").text()).isEqualTo("Change the child’s record");
    assertThat(page.select("label[for=givenName]").text()).isEqualTo("First name (legal name)");
    assertThat(page.select("input#givenName").val()).isEqualTo("Sarah");
    assertThat(page.select("label[for=preferredName]").text())
        .isEqualTo("Preferred name (optional)");
    assertThat(page.select("#preferredName-hint").text()).startsWith("The name they like to be");
    assertThat(page.select("#dateOfBirth-hint").text()).isEqualTo("For example, 27 3 2014");
    assertThat(page.select("#dateOfBirth input").eachAttr("value"))
        .containsExactly("27", "3", "2017");
    assertThat(page.select("label[for=schoolId]").text()).isEqualTo("School");
    assertThat(page.select("select#schoolId option[selected]").text())
        .isEqualTo("Riverside Academy");
    assertThat(page.select("input[name=senStatus][checked]").val()).isEqualTo("K");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
    assertThat(page.select("main form").attr("action")).isEqualTo(record(sarah) + "/edit");
  }

  @Test
  void savesWhatWasTypedFromTheVersionReadAndGoesBackToTheRecord() throws Exception {
    given(children.update(any(), anyLong(), any())).willReturn(ChildViews.record(sarah));

    mvc.perform(
            ChildPages.form(
                SENCO,
                record(sarah) + "/edit",
                "givenName",
                "Sarah",
                "familyName",
                "Bennett-Jones",
                "dateOfBirth.day",
                "27",
                "dateOfBirth.month",
                "3",
                "dateOfBirth.year",
                "2017",
                "schoolId",
                sarah.schoolId().toString(),
                "yearGroup",
                "4",
                "senStatus",
                "E",
                "primaryNeed",
                "ASD",
                "homeLanguages",
                "ENG,POL",
                "interpreterNeeded",
                "true",
                "version",
                "3"))
        .andExpect(redirectedUrl(record(sarah)))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.banner.saved", "Sarah Bennett")));

    verify(children)
        .update(
            sarah,
            3,
            new ChildDetails(
                "Sarah",
                "Bennett-Jones",
                null,
                LocalDate.of(2017, 3, 27),
                null,
                sarah.schoolId(),
                "4",
                SenStatus.E,
                NeedCode.ASD,
                null,
                List.of("ENG", "POL"),
                true,
                null));
  }

  @Test
  void aDateThatIsNotRealIsListedWithWhatTheServiceRefusedInThePagesOrder() throws Exception {
    given(children.update(any(), anyLong(), any()))
        .willThrow(ValidationProblem.of("givenName", "child.error.givenName.missing"));

    Document page =
        ChildPages.submit(
            mvc,
            SENCO,
            record(sarah) + "/edit",
            "familyName",
            "Bennett",
            "dateOfBirth.day",
            "31",
            "dateOfBirth.month",
            "2",
            "dateOfBirth.year",
            "2017",
            "version",
            "3");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#givenName Enter the child's given name",
            "#dateOfBirth.day The date of birth must be a real date, like 27 3 2014");
    assertThat(page.select("#givenName-error").text()).contains("Enter the child's given name");
    assertThat(page.select("#dateOfBirth-error").text()).contains("must be a real date");
    assertThat(page.select("#dateOfBirth input").eachAttr("value"))
        .containsExactly("31", "2", "2017");
    verify(children).update(eq(sarah), eq(3L), argThat(details -> details.dateOfBirth() == null));
  }

  @Test
  void onlyThoseWhoMayEditTheRecordChangeItAndStrangersFindNoChild() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(record(asTeacher) + "/edit").with(user(TEACHER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            ChildPages.form(
                TEACHER, record(asTeacher) + "/edit", "givenName", "Sal", "version", "3"))
        .andExpect(status().isForbidden());
    mvc.perform(get(record(sarah)).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(record(sarah) + "/edit").with(user(stranger))).andExpect(status().isNotFound());

    verify(children, never()).update(any(), anyLong(), any());
  }
}

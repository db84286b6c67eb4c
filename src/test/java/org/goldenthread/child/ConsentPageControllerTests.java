package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.PARENT;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
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
import org.goldenthread.web.PageBanner;
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

@WebMvcTest(ConsentPageController.class)
@Import(ChildPages.Slice.class)
class ConsentPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Teams teams;
  @MockitoBean Consents consents;

  AccessibleChild sarah;
  TeamMemberView fiona;
  TeamMemberView classTeacher;

  @BeforeEach
  void sarahsTeam() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
    fiona =
        ChildViews.teamMember(
            UUID.randomUUID(),
            "Fiona Walsh",
            TeamRole.SPEECH_AND_LANGUAGE_THERAPIST,
            ConsentStatus.PENDING);
    classTeacher =
        ChildViews.teamMember(
            TEACHER.id(), "Tom Reed", TeamRole.CLASS_TEACHER, ConsentStatus.NOT_NEEDED);
    given(teams.current(any())).willReturn(List.of(fiona, classTeacher));
    given(teams.all(any())).willReturn(List.of(fiona, classTeacher));
  }

  private String consents(AccessibleChild child) {
    return "/children/" + child.id() + "/consents";
  }

  private String consentFor(AccessibleChild child, TeamMemberView member) {
    return consents(child) + "/" + member.id();
  }

  @Test
  void showsWhereEachOutsideProfessionalStandsAndEveryConsentRecorded() throws Exception {
    given(consents.history(any()))
        .willReturn(
            List.of(
                new ConsentView(
                    UUID.randomUUID(),
                    fiona.id(),
                    ConsentStatus.WITHDRAWN,
                    ConsentMethod.WRITTEN,
                    LocalDate.of(2026, 10, 2),
                    "Claire Bennett",
                    "Priya Shah",
                    Instant.parse("2026-10-02T13:00:00Z"))));

    Document page = ChildPages.show(mvc, SENCO, consents(sarah));

    assertThat(page.select("h1").text()).isEqualTo("Consent for outside professionals");
    assertThat(page.select("#consent-state tbody tr").eachAttr("id"))
        .containsExactly("consent-" + fiona.id());
    assertThat(page.select("#consent-" + fiona.id()).text())
        .contains("Speech and language therapist", "Waiting for consent");
    assertThat(page.select("#consent-" + fiona.id() + " a").attr("href"))
        .isEqualTo(consentFor(sarah, fiona));
    assertThat(page.select("#history tbody tr").text())
        .isEqualTo(
            "2 October 2026 Fiona Walsh Withdrawn, In writing Claire Bennett"
                + " Priya Shah on 2 October 2026 at 2:00pm");
  }

  @Test
  void proposesGivingConsentTodayAndAsksTheSencoWhoGaveIt() throws Exception {
    Document page = ChildPages.show(mvc, SENCO, consentFor(sarah, fiona));

    assertThat(page.select("h1").text()).isEqualTo("Consent for Fiona Walsh");
    assertThat(page.select("label[for=status]").text()).isEqualTo("Consent is given");
    assertThat(page.select("input[name=status][checked]").val()).isEqualTo("GIVEN");
    assertThat(page.select("label[for=method]").text()).isEqualTo("In Golden Thread");
    assertThat(page.select("#givenOn-hint").text()).isEqualTo("For example, 22 11 2026");
    assertThat(page.select("#givenOn input").eachAttr("value")).containsExactly("23", "11", "2026");
    assertThat(page.select("label[for=givenBy]").text()).isEqualTo("Given or withdrawn by");
    assertThat(page.select("#givenBy-hint").text())
        .startsWith("The name of the parent with parental responsibility");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("4");
  }

  @Test
  void aParentRecordingTheirOwnConsentMayLeaveTheNameEmpty() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);

    Document page = ChildPages.show(mvc, PARENT, consentFor(asParent, fiona));

    assertThat(page.select("#givenBy-hint").text()).isEqualTo("Leave this empty if it was you");
  }

  @Test
  void recordsWhatWasTypedFromTheVersionReadAndSaysWhatItMeans() throws Exception {
    LocalDate twentieth = LocalDate.of(2026, 11, 20);
    given(
            consents.record(
                sarah,
                fiona.id(),
                4L,
                ConsentStatus.GIVEN,
                ConsentMethod.WRITTEN,
                twentieth,
                "Claire Bennett"))
        .willReturn(
            new ConsentView(
                UUID.randomUUID(),
                fiona.id(),
                ConsentStatus.GIVEN,
                ConsentMethod.WRITTEN,
                twentieth,
                "Claire Bennett",
                "Priya Shah",
                Instant.now()));

    mvc.perform(
            ChildPages.form(
                SENCO,
                consentFor(sarah, fiona),
                "status",
                "GIVEN",
                "method",
                "WRITTEN",
                "givenOn.day",
                "20",
                "givenOn.month",
                "11",
                "givenOn.year",
                "2026",
                "givenBy",
                "Claire Bennett",
                "version",
                "4"))
        .andExpect(redirectedUrl(consents(sarah)))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.consent.banner.given", "Fiona Walsh")));
  }

  @Test
  void aDateThatIsNotRealIsLinkedToItsDayBoxAndNothingIsRecorded() throws Exception {
    Document page =
        ChildPages.submit(
            mvc,
            SENCO,
            consentFor(sarah, fiona),
            "status",
            "GIVEN",
            "method",
            "VERBAL",
            "givenOn.day",
            "30",
            "givenOn.month",
            "2",
            "givenOn.year",
            "2026",
            "version",
            "4");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#givenOn.day The date must be a real date, like 22 11 2026");
    assertThat(page.select("#givenOn-error").text()).contains("The date must be a real date");
    assertThat(page.select("input[name=method][checked]").val()).isEqualTo("VERBAL");
    verify(consents, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void whatTheServiceRefusesIsShownBesideEachQuestion() throws Exception {
    given(consents.record(any(), any(), any(), any(), any(), any(), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("givenBy", "child.consent.error.givenBy"),
                    new FieldMessage("method", "child.consent.error.method"))));

    Document page =
        ChildPages.submit(mvc, SENCO, consentFor(sarah, fiona), "status", "GIVEN", "version", "4");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#method", "#givenBy");
    assertThat(page.select("#method-error").text()).contains("Choose how consent was given");
    assertThat(page.select("#givenBy-error").text())
        .contains("Enter the name of the person who gave or withdrew consent");
  }

  @Test
  void onlyThoseWhoMayRecordConsentDoAndOnlyForOutsideProfessionals() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get(consentFor(asTeacher, fiona)).with(user(TEACHER)))
        .andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, consentFor(asTeacher, fiona), "status", "GIVEN"))
        .andExpect(status().isForbidden());
    mvc.perform(get(consentFor(sarah, classTeacher)).with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get(consents(sarah)).with(user(stranger))).andExpect(status().isNotFound());

    verify(consents, never()).record(any(), any(), any(), any(), any(), any(), any());
  }
}

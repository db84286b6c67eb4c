package org.goldenthread.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
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

/**
 * A child's disagreements on the page: the list and the form to record one, one disagreement with
 * the next option, its date and the rule, the timeline, what can be appealed, advice, the guidance,
 * the meeting to book, and the form to add a stage; errors beside their fields; a stranger 404.
 */
@WebMvcTest(DisagreementPageController.class)
@Import(Slices.Pages.class)
class DisagreementPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Disagreements disagreements;
  @MockitoBean DisagreementAgenda agenda;

  AccessibleChild sarah;
  AccessibleChild asSenco;
  DisagreementView refusal;
  String list;
  String page;

  @BeforeEach
  void sarahsDisagreement() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(access.open(eq(SENCO), eq(sarah.id()))).willReturn(asSenco);
    refusal = TestDisagreements.refusal(sarah);
    list = "/children/" + sarah.id() + "/disagreements";
    page = list + "/" + refusal.id();
    given(disagreements.forChild(any(), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(refusal), 0, 200, 1));
    given(disagreements.mayRecord(sarah)).willReturn(true);
    given(disagreements.mayAddStage(any())).willReturn(true);
    given(disagreements.get(any(), eq(refusal.id()))).willReturn(refusal);
    given(disagreements.today()).willReturn(LocalDate.of(2026, 7, 10));
    given(agenda.bookingLink(eq(asSenco), any())).willReturn("/children/x/meetings/new?kind=T");
  }

  @Test
  void theListShowsEachDisagreementWithItsNextOptionAndTheFormToRecordOne() throws Exception {
    Document shown = Slices.show(mvc, PARENT, list);

    assertThat(shown.select("h1").text()).isEqualTo("Disagreements about Sarah Bennett");
    assertThat(shown.select("#disagreement-" + refusal.id()).text())
        .contains("A refusal to assess", "Appeal to the SEND Tribunal", "1 September 2026");
    assertThat(shown.select("input[name=about]").eachAttr("value"))
        .containsExactly(
            "SCHOOL_SUPPORT",
            "REFUSAL_TO_ASSESS",
            "REFUSAL_TO_ISSUE",
            "PLAN_CONTENTS",
            "CEASE",
            "NAMED_SCHOOL_ONLY");
    assertThat(shown.select("input[name=sections]")).hasSize(11);
    assertThat(shown.select("#decisionLetterOn\\.day")).hasSize(1);
    assertThat(shown.select("label[for=summary]").text())
        .isEqualTo("What has happened, in your words");
    assertThat(shown.select("a[href=/guidance/tricky-conversations]")).isNotEmpty();
  }

  @Test
  void aDisagreementRecordedGoesToItsPageAndAProblemIsShownBesideItsField() throws Exception {
    given(
            disagreements.record(
                sarah,
                new DisagreementInput(
                    DisagreementAbout.REFUSAL_TO_ASSESS,
                    Set.of(),
                    LocalDate.of(2026, 6, 15),
                    "No assessment",
                    null)))
        .willReturn(refusal);
    mvc.perform(
            Slices.form(
                PARENT,
                list,
                "about",
                "REFUSAL_TO_ASSESS",
                "decisionLetterOn.day",
                "15",
                "decisionLetterOn.month",
                "6",
                "decisionLetterOn.year",
                "2026",
                "summary",
                "No assessment"))
        .andExpect(redirectedUrl(page));

    given(disagreements.record(any(), eq(new DisagreementInput(null, Set.of(), null, "", null))))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("about", "disagreement.error.about"),
                    new FieldMessage("summary", "disagreement.error.summary"))));
    Document refused = Slices.submit(mvc, PARENT, list, "summary", "");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#about Choose what you disagree with",
            "#summary Write what has happened, in your words");

    Document unreal =
        Slices.submit(
            mvc,
            PARENT,
            list,
            "about",
            "CEASE",
            "decisionLetterOn.day",
            "31",
            "decisionLetterOn.month",
            "2",
            "decisionLetterOn.year",
            "2026",
            "summary",
            "x");
    assertThat(unreal.select("#decisionLetterOn-error").text())
        .contains("The date on the decision letter must be a real date");
  }

  @Test
  void theFamilySeesTheNextOptionItsDateAndTheRuleProminently() throws Exception {
    Document shown = Slices.show(mvc, PARENT, page);

    assertThat(shown.select("h1").text()).isEqualTo("Disagreement: A refusal to assess");
    assertThat(shown.select("#next.govuk-inset-text h2").text()).isEqualTo("What you can do next");
    assertThat(shown.select("#next-option").text()).isEqualTo("Appeal to the SEND Tribunal");
    assertThat(shown.select("#next-date").text()).contains("By 1 September 2026");
    assertThat(shown.select("#next-rule").text()).contains("within 2 months", "September");
    assertThat(shown.select("#letter").text()).isEqualTo("15 June 2026");
    assertThat(shown.select("#timeline li").text())
        .contains("Mediation advice", "1 July 2026", "3 July 2026", "We decided not to mediate.");
    assertThat(shown.select("#timeline").text()).contains("Talked <b>it</b> through");
    assertThat(shown.select("#timeline b")).isEmpty();
    assertThat(shown.select("#appealable").text())
        .contains("sections B (needs), F (provision) and I");
    assertThat(shown.select("#advice").text())
        .contains("information, advice and support service", "legal advice");
    assertThat(shown.select("a[href=/guidance/tricky-conversations]")).isNotEmpty();
    assertThat(shown.select("#book-meeting")).isEmpty();
    assertThat(shown.select("#talking a[href$=/requests]")).isNotEmpty();
    assertThat(shown.select("input[name=stage]").eachAttr("value"))
        .containsExactly(
            "TALK_TO_SCHOOL",
            "SCHOOL_COMPLAINT",
            "DISAGREEMENT_RESOLUTION",
            "MEDIATION_ADVICE",
            "MEDIATION",
            "TRIBUNAL");
    assertThat(shown.select("input[type=hidden][name=version]").val()).isEqualTo("1");
  }

  @Test
  void theSencoMayBookAMeetingAboutItStartedFromTheAgenda() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("#next h2").text()).isEqualTo("The family's next option");
    assertThat(shown.select("#book-meeting").attr("href"))
        .isEqualTo("/children/x/meetings/new?kind=T");
  }

  @Test
  void aStageIsAddedOrItsProblemsAndAConflictAreShownCalmly() throws Exception {
    StageInput stage =
        new StageInput(StageKind.TRIBUNAL, LocalDate.of(2026, 7, 9), null, null, null, null, false);
    given(disagreements.addStage(sarah, refusal.id(), stage, 1L)).willReturn(refusal);
    mvc.perform(
            Slices.form(
                PARENT,
                page + "/stages",
                "stage",
                "TRIBUNAL",
                "startedOn.day",
                "9",
                "startedOn.month",
                "7",
                "startedOn.year",
                "2026",
                "version",
                "1"))
        .andExpect(redirectedUrl(page + "#timeline"));

    StageInput wrong =
        new StageInput(
            StageKind.TALK_TO_SCHOOL,
            LocalDate.of(2026, 7, 9),
            LocalDate.of(2026, 7, 9),
            null,
            null,
            null,
            false);
    given(disagreements.addStage(sarah, refusal.id(), wrong, 1L))
        .willThrow(ValidationProblem.of("certificateOn", "disagreement.error.certificateStage"));
    Document refused =
        Slices.submit(
            mvc,
            PARENT,
            page + "/stages",
            "stage",
            "TALK_TO_SCHOOL",
            "startedOn.day",
            "9",
            "startedOn.month",
            "7",
            "startedOn.year",
            "2026",
            "certificateOn.day",
            "9",
            "certificateOn.month",
            "7",
            "certificateOn.year",
            "2026",
            "version",
            "1");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#certificateOn.day A certificate goes only with mediation advice or mediation");

    StageInput late =
        new StageInput(
            StageKind.MEDIATION, LocalDate.of(2026, 7, 9), null, null, null, null, false);
    given(disagreements.addStage(sarah, refusal.id(), late, 1L)).willThrow(new EditConflict());
    Document conflict =
        Slices.submit(
            mvc,
            PARENT,
            page + "/stages",
            "stage",
            "MEDIATION",
            "startedOn.day",
            "9",
            "startedOn.month",
            "7",
            "startedOn.year",
            "2026",
            "version",
            "1");
    assertThat(conflict.select(".govuk-error-summary").text())
        .contains("Someone else added a stage while you were writing");
  }

  @Test
  void theGuidanceOnTrickyConversationsHasItsFiveHabits() throws Exception {
    Document shown = Slices.show(mvc, PARENT, "/guidance/tricky-conversations");

    assertThat(shown.select("h1").text()).isEqualTo("Tricky conversations");
    assertThat(shown.select("h2").eachText())
        .contains(
            "Start with what is going well",
            "Keep to the facts",
            "One issue at a time",
            "Leave with clear actions",
            "Agree a follow-up");
  }

  @Test
  void aStrangerAndSomeoneWhoMayNotSeeItAreTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());

    CurrentUser teacher = TestDoor.person("Tom Reid", Role.TEACHER);
    AccessibleChild asTeacher = TestDoor.sameChild(sarah, teacher, Relationship.TEACHER);
    given(access.open(eq(teacher), eq(sarah.id()))).willReturn(asTeacher);
    given(disagreements.forChild(eq(asTeacher), anyInt(), anyInt())).willThrow(NotFound.error());
    given(disagreements.get(eq(asTeacher), any())).willThrow(NotFound.error());
    mvc.perform(get(list).with(user(teacher))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(teacher))).andExpect(status().isNotFound());
    verify(disagreements, never()).record(eq(asTeacher), any());
  }
}

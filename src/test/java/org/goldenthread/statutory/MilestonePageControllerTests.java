package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.goldenthread.statutory.AssessmentViews.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

/** Recording a step of an assessment: a page a kind, asking only for what the step needs. */
@WebMvcTest(MilestonePageController.class)
@Import(Slices.Pages.class)
class MilestonePageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean EhcAssessments assessments;

  AccessibleChild sarah;
  AssessmentView assessment;
  String page;
  String steps;

  @BeforeEach
  void sarahsAssessment() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    assessment = AssessmentViews.assessing(sarah);
    page = "/children/" + sarah.id() + "/ehc-assessments/" + assessment.id();
    steps = page + "/steps/";
    given(assessments.get(any(), eq(assessment.id()))).willReturn(assessment);
    given(assessments.mayRecordMilestones(sarah)).willReturn(true);
  }

  @Test
  void eachKindAsksOnlyForWhatItNeeds() throws Exception {
    Document decision = Slices.show(mvc, SENCO, steps + "decision-to-assess");
    assertThat(decision.select("h1").text()).isEqualTo("Record the decision whether to assess");
    assertThat(decision.select("input[name=assess]").eachAttr("value"))
        .containsExactly("true", "false");
    assertThat(decision.select("input[name=adviser], input[name=reason]")).isEmpty();

    Document received = Slices.show(mvc, SENCO, steps + "advice-received");
    assertThat(received.select("input[name=adviceId]").eachAttr("value"))
        .containsExactly(assessment.events().get(1).id().toString());
    assertThat(received.select("label[for=adviceId]").text())
        .isEqualTo("Educational psychology service");

    Document exception = Slices.show(mvc, SENCO, steps + "exception");
    assertThat(exception.select("input[name=reason]")).hasSize(3);
    assertThat(exception.select("label[for=note]").text()).isEqualTo("What has happened");
    assertThat(exception.select("input[name=version]").val()).isEqualTo("2");
  }

  @Test
  void aStepIsRecordedAndThePageGoesBackToTheAssessment() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                steps + "advice-requested",
                "adviser",
                "Speech and language therapy",
                "on.day",
                "12",
                "on.month",
                "2",
                "on.year",
                "2026",
                "version",
                "2"))
        .andExpect(redirectedUrl(page));

    verify(assessments)
        .record(
            eq(sarah),
            eq(assessment.id()),
            argThat(
                input ->
                    input.kind() == MilestoneKind.ADVICE_REQUESTED
                        && input.on().equals(LocalDate.parse("2026-02-12"))
                        && input.adviser().equals("Speech and language therapy")),
            eq(2L));
  }

  @Test
  void aBrokenRuleIsShownByItsFieldWithWhatWasTyped() throws Exception {
    given(assessments.record(any(), any(), any(), any()))
        .willThrow(ValidationProblem.of("on", "statutory.error.on.future"));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            steps + "draft-issued",
            "on.day",
            "1",
            "on.month",
            "1",
            "on.year",
            "2099",
            "version",
            "2");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#on.day");
    assertThat(page.select("#on-error").text()).contains("The day cannot be in the future");
    assertThat(page.select("input[name=on.year]").val()).isEqualTo("2099");
  }

  @Test
  void anUnreadableDateIsRefusedBeforeAnythingIsRecorded() throws Exception {
    Document page =
        Slices.submit(
            mvc,
            SENCO,
            steps + "draft-issued",
            "on.day",
            "x",
            "on.month",
            "2",
            "on.year",
            "2026",
            "version",
            "2");

    assertThat(page.select("#on-error").text()).contains("Enter a real date");
    verify(assessments, never()).record(any(), any(), any(), any());
  }

  @Test
  void aVersionThePageDidNotWriteIsA400AndNothingIsRecorded() throws Exception {
    for (String version : new String[] {"abc", "1.0", "99999999999999999999"}) {
      mvc.perform(
              Slices.form(
                  SENCO,
                  steps + "draft-issued",
                  "on.day",
                  "3",
                  "on.month",
                  "2",
                  "on.year",
                  "2026",
                  "version",
                  version))
          .andExpect(status().isBadRequest());
    }
    verify(assessments, never()).record(any(), any(), any(), any());
  }

  @Test
  void aStepOutOfOrderOrOnAStaleCopyIsExplained() throws Exception {
    given(assessments.record(any(), any(), any(), eq(2L)))
        .willThrow(new ErrorResponseException(HttpStatus.CONFLICT));
    Document outOfOrder =
        Slices.submit(
            mvc,
            SENCO,
            steps + "final-issued",
            "on.day",
            "1",
            "on.month",
            "3",
            "on.year",
            "2026",
            "version",
            "2");
    assertThat(outOfOrder.select(".govuk-error-summary").text())
        .contains("cannot be recorded where the assessment stands now");

    given(assessments.record(any(), any(), any(), eq(1L))).willThrow(new EditConflict());
    Document stale =
        Slices.submit(
            mvc,
            SENCO,
            steps + "draft-issued",
            "on.day",
            "1",
            "on.month",
            "3",
            "on.year",
            "2026",
            "version",
            "1");
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone recorded another step while you were on this page");
  }

  @Test
  void onlyThoseWhoMayRecordStepsReachTheFormAndAnUnknownStepIsNotFound() throws Exception {
    AccessibleChild asTeacher = TestDoor.sameChild(sarah, TEACHER, Relationship.TEACHER);
    given(access.open(eq(TEACHER), eq(sarah.id()))).willReturn(asTeacher);

    mvc.perform(get(steps + "draft-issued").with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(get(steps + "party").with(user(SENCO))).andExpect(status().isNotFound());
  }
}

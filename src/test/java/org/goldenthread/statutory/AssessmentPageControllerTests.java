package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.PARENT;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.goldenthread.statutory.AssessmentViews.TEACHER;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.Map;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.plan.Slices;
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

/** A child's assessments: the list, recording a request, and one assessment in plain words. */
@WebMvcTest(AssessmentPageController.class)
@Import({Slices.Pages.class, AssessmentTimeline.class, DeadlineRows.class})
class AssessmentPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean EhcAssessments assessments;
  @MockitoBean Children children;

  AccessibleChild sarah;
  AssessmentView assessment;
  String list;

  @BeforeEach
  void sarahsAssessment() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    assessment = AssessmentViews.assessing(sarah);
    list = "/children/" + sarah.id() + "/ehc-assessments";
    given(assessments.forChild(any())).willReturn(List.of(assessment));
    given(assessments.get(any(), eq(assessment.id()))).willReturn(assessment);
    given(assessments.mayRequest(sarah)).willReturn(true);
    given(assessments.mayRecordMilestones(sarah)).willReturn(true);
    given(children.displayNames(any())).willReturn(Map.of(sarah.id(), "Sarah Bennett"));
  }

  @Test
  void theListLinksEachAssessmentAndOffersNoRequestWhileOneIsUnderWay() throws Exception {
    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select("h1").text()).isEqualTo("EHC needs assessments for Sarah Bennett");
    assertThat(page.select("#assessment-" + assessment.id() + " a").attr("href"))
        .isEqualTo(list + "/" + assessment.id());
    assertThat(page.select("#assessment-" + assessment.id()).text())
        .contains("Requested on 5 January 2026")
        .contains("carrying out the assessment");
    assertThat(page.select("main form")).isEmpty();
  }

  @Test
  void aRequestIsRecordedWithTheDayReceivedAndWhoMadeIt() throws Exception {
    given(assessments.forChild(any())).willReturn(List.of());
    given(assessments.request(any(), eq(LocalDate.parse("2026-01-05")), eq(RequestedBy.SCHOOL)))
        .willReturn(assessment);

    Document form = Slices.show(mvc, SENCO, list);
    assertThat(form.select("legend").eachText())
        .contains("When did the local authority receive the request?", "Who made the request?");
    assertThat(form.select("label[for=requestedBy]").text()).isEqualTo("A parent");

    mvc.perform(
            Slices.form(
                SENCO,
                list,
                "requestedOn.day",
                "5",
                "requestedOn.month",
                "1",
                "requestedOn.year",
                "2026",
                "requestedBy",
                "SCHOOL"))
        .andExpect(redirectedUrl(list + "/" + assessment.id()));
  }

  @Test
  void anUnrealDateIsAnErrorByItsFieldAndNothingIsRecorded() throws Exception {
    given(assessments.forChild(any())).willReturn(List.of());

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list,
            "requestedOn.day",
            "31",
            "requestedOn.month",
            "2",
            "requestedOn.year",
            "2026",
            "requestedBy",
            "SCHOOL");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#requestedOn.day");
    assertThat(page.select("#requestedOn-error").text()).contains("Enter a real date");
    assertThat(page.select("input[name=requestedOn.day]").val()).isEqualTo("31");
    verify(assessments, never()).request(any(), any(), any());
  }

  @Test
  void aSecondRequestWhileOneIsUnderWayIsRefusedInWords() throws Exception {
    given(assessments.forChild(any())).willReturn(List.of());
    given(assessments.request(any(), any(), any()))
        .willThrow(new ErrorResponseException(HttpStatus.CONFLICT));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list,
            "requestedOn.day",
            "5",
            "requestedOn.month",
            "1",
            "requestedOn.year",
            "2026",
            "requestedBy",
            "SCHOOL");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("An assessment is already under way for this child");
  }

  @Test
  void theAssessmentSaysWhereItStandsWhatIsDueFromWhomAndWhatHappened() throws Exception {
    Document page = Slices.show(mvc, SENCO, list + "/" + assessment.id());

    assertThat(page.select("#where-it-stands").text())
        .isEqualTo("The local authority is carrying out the assessment and gathering advice.");
    assertThat(page.select("#due tbody tr")).hasSize(3);
    assertThat(page.select("#due tbody tr").get(0).text())
        .contains("Advice for the assessment")
        .contains("Educational psychology service")
        .contains("25 March 2026")
        .contains("Late");
    assertThat(page.select("#due tbody tr").get(2).text())
        .contains("Next working day: 26 May 2026")
        .contains("Exception: the family is away for 4 weeks or more")
        .contains("Away until March");
    assertThat(page.select("#due .govuk-inset-text").text())
        .contains("Advice for the assessment is late.");
    assertThat(page.select("#happened li").eachText())
        .anySatisfy(t -> assertThat(t).contains("5 January 2026").contains("from a parent"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("Advice was asked of Educational psychology service.")
                    .contains("Please see Sarah in class")
                    .contains("Recorded by Priya Shah"));
    assertThat(page.select("#happened table").text())
        .contains("Decision whether to assess", "Met on 10 February 2026");
    assertThat(page.select("#record a").eachText())
        .contains("Record advice received", "Record the draft plan sent")
        .doesNotContain("Record the final plan issued");
  }

  @Test
  void someoneWhoMayNotRecordSeesNoWayToAndAStrangerFindsNothing() throws Exception {
    AccessibleChild asTeacher = TestDoor.sameChild(sarah, TEACHER, Relationship.TEACHER);
    given(access.open(eq(TEACHER), eq(sarah.id()))).willReturn(asTeacher);

    Document page = Slices.show(mvc, TEACHER, list + "/" + assessment.id());
    assertThat(page.select("#record")).isEmpty();

    TestDoor.refuses(access, PARENT);
    mvc.perform(get(list).with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get(list + "/not-an-id").with(user(SENCO))).andExpect(status().isNotFound());
  }
}

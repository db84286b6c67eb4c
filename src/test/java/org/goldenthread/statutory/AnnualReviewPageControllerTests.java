package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.statutory.AssessmentViews.PARENT;
import static org.goldenthread.statutory.AssessmentViews.SENCO;
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
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TestDoor;
import org.goldenthread.meeting.Meetings;
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

/** A child's annual reviews: the list, recording one, and one review's dates and steps. */
@WebMvcTest(AnnualReviewPageController.class)
@Import({Slices.Pages.class, DeadlineRows.class})
class AnnualReviewPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean AnnualReviews reviews;
  @MockitoBean AnnualReviewDeadlines deadlines;
  @MockitoBean Meetings meetings;
  @MockitoBean Children children;

  AccessibleChild sarah;
  AnnualReviewView review;
  String list;

  @BeforeEach
  void sarahsReview() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    review = AnnualReviewViews.held(sarah);
    list = "/children/" + sarah.id() + "/annual-reviews";
    given(reviews.forChild(any())).willReturn(List.of(review));
    given(reviews.get(any(), eq(review.id()))).willReturn(review);
    given(reviews.mayRecordReview(sarah)).willReturn(true);
    given(reviews.mayRecordSteps(any())).willReturn(true);
    given(deadlines.ofChild(any())).willReturn(review.deadlines());
    given(children.get(any())).willReturn(withStatus(SenStatus.E));
    given(children.displayNames(any())).willReturn(Map.of(sarah.id(), "Sarah Bennett"));
  }

  private ChildSummary withStatus(SenStatus status) {
    return new ChildSummary(
        sarah.id(),
        "Sarah",
        "Bennett",
        null,
        LocalDate.parse("2016-05-01"),
        null,
        null,
        "Riverside Primary",
        "5",
        status,
        null,
        null,
        List.of(),
        false,
        null,
        0);
  }

  @Test
  void theListShowsWhatIsDueLinksEachReviewAndOffersTheForm() throws Exception {
    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select("h1").text()).isEqualTo("Annual reviews for Sarah Bennett");
    assertThat(page.select("table").text())
        .contains("Report of the review")
        .contains("Annual review")
        .contains("12 March 2027");
    assertThat(page.select("main ul.govuk-list a").attr("href"))
        .isEqualTo(list + "/" + review.id());
    assertThat(page.select("main form legend").text()).contains("Day of the review meeting");
  }

  @Test
  void aReviewIsRecordedWithItsMeetingDay() throws Exception {
    given(reviews.record(any(), eq(LocalDate.parse("2026-03-12")), eq(null))).willReturn(review);

    mvc.perform(
            Slices.form(
                SENCO,
                list,
                "meetingOn.day",
                "12",
                "meetingOn.month",
                "3",
                "meetingOn.year",
                "2026"))
        .andExpect(redirectedUrl(list + "/" + review.id()));
  }

  @Test
  void anUnrealDayIsAnErrorByItsFieldAndARefusalIsSaidInWords() throws Exception {
    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list,
            "meetingOn.day",
            "31",
            "meetingOn.month",
            "2",
            "meetingOn.year",
            "2026");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#meetingOn.day");
    verify(reviews, never()).record(any(), any(), any());

    given(reviews.record(any(), any(), any()))
        .willThrow(new ErrorResponseException(HttpStatus.CONFLICT));
    Document refused =
        Slices.submit(
            mvc,
            SENCO,
            list,
            "meetingOn.day",
            "12",
            "meetingOn.month",
            "3",
            "meetingOn.year",
            "2026");
    assertThat(refused.select(".govuk-error-summary").text()).contains("This cannot be recorded");
  }

  @Test
  void aChildWithoutAPlanHasNoForm() throws Exception {
    given(children.get(any())).willReturn(withStatus(SenStatus.K));
    given(reviews.forChild(any())).willReturn(List.of());
    given(deadlines.ofChild(any())).willReturn(List.of());

    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select(".govuk-inset-text").text()).contains("no final EHC plan");
    assertThat(page.select("main form")).isEmpty();
  }

  @Test
  void theReviewShowsWhatIsDueWhatHappenedAndTheStepsStillToRecord() throws Exception {
    Document page = Slices.show(mvc, SENCO, list + "/" + review.id());

    assertThat(page.select("h1").text()).isEqualTo("Review meeting on 12 March 2026");
    assertThat(page.select("#due tbody tr").eachText())
        .anySatisfy(t -> assertThat(t).contains("Report of the review").contains("Late"));
    assertThat(page.select("#due .govuk-inset-text").text()).contains("is late");
    assertThat(page.select("#happened li").eachText())
        .anySatisfy(t -> assertThat(t).contains("20 February 2026").contains("invitations"));
    assertThat(page.select("#record input[type=radio]").eachAttr("value"))
        .containsExactly("REPORT_SENT", "AMENDMENTS_PROPOSED");
  }

  @Test
  void aStepIsRecordedWithTheVersionReadAndAFutureDayIsAnErrorByItsField() throws Exception {
    String path = list + "/" + review.id();
    given(
            reviews.recordStep(
                any(),
                eq(review.id()),
                eq(ReviewStepKind.REPORT_SENT),
                eq(LocalDate.parse("2026-03-20")),
                eq(3L)))
        .willReturn(review);
    mvc.perform(
            Slices.form(
                SENCO,
                path,
                "kind",
                "REPORT_SENT",
                "on.day",
                "20",
                "on.month",
                "3",
                "on.year",
                "2026",
                "version",
                "3"))
        .andExpect(redirectedUrl(path));

    given(reviews.recordStep(any(), any(), any(), eq(LocalDate.parse("2026-12-20")), any()))
        .willThrow(org.goldenthread.web.ValidationProblem.of("on", "statutory.error.on.future"));
    Document page =
        Slices.submit(
            mvc,
            SENCO,
            path,
            "kind",
            "REPORT_SENT",
            "on.day",
            "20",
            "on.month",
            "12",
            "on.year",
            "2026",
            "version",
            "3");
    assertThat(page.select("#on-error").text()).contains("cannot be in the future");
  }

  @Test
  void aStrangerFindsNothing() throws Exception {
    TestDoor.refuses(access, PARENT);
    mvc.perform(get(list).with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get(list + "/not-an-id").with(user(SENCO))).andExpect(status().isNotFound());
    given(reviews.get(any(), any())).willThrow(org.goldenthread.web.NotFound.error());
    mvc.perform(get(list + "/" + java.util.UUID.randomUUID()).with(user(SENCO)))
        .andExpect(status().isNotFound());
  }
}

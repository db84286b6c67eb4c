package org.goldenthread.statutory;

import static org.goldenthread.statutory.AssessmentViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.plan.Slices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Annual reviews through the API: the shapes the issue fixes and what reaches the service. */
@WebMvcTest(AnnualReviewApiController.class)
class AnnualReviewApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean AnnualReviews reviews;

  AccessibleChild sarah;
  AnnualReviewView review;

  @BeforeEach
  void sarahsReview() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    review = AnnualReviewViews.held(sarah);
    given(reviews.open(eq(SENCO), eq(review.id())))
        .willReturn(new AnnualReviews.Opened(sarah, review));
  }

  @Test
  void aReviewAnswers201WithIdMeetingOnMeetingIdAndDeadlines() throws Exception {
    given(reviews.record(any(), eq(LocalDate.parse("2026-03-12")), eq(review.meetingId())))
        .willReturn(review);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/children/" + sarah.id() + "/annual-reviews",
                "{\"meetingOn\": \"2026-03-12\", \"meetingId\": \"" + review.meetingId() + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(review.id().toString()))
        .andExpect(jsonPath("$.meetingOn").value("2026-03-12"))
        .andExpect(jsonPath("$.meetingId").value(review.meetingId().toString()))
        .andExpect(jsonPath("$.deadlines[1].kind").value("REVIEW_REPORT"))
        .andExpect(jsonPath("$.deadlines[1].status").value("MISSED"));
  }

  @Test
  void aStepIsRecordedThroughTheReviewsOwnAddress() throws Exception {
    given(
            reviews.recordStep(
                eq(sarah),
                eq(review.id()),
                eq(ReviewStepKind.AMENDMENTS_PROPOSED),
                eq(LocalDate.parse("2026-04-01")),
                eq(3L)))
        .willReturn(review);

    mvc.perform(Slices.apiGet(SENCO, "/api/v1/annual-reviews/" + review.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.steps[0].kind").value("INVITATIONS_SENT"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/annual-reviews/" + review.id() + "/events",
                "{\"kind\": \"AMENDMENTS_PROPOSED\", \"on\": \"2026-04-01\", \"version\": 3}"))
        .andExpect(status().isOk());
  }

  @Test
  void aBadValueIsA400NamingItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                "/api/v1/annual-reviews/" + review.id() + "/events",
                "{\"kind\": \"DECISION\", \"on\": \"2026-02-30\"}"))
        .andExpect(Slices.badRequestNaming("on"));
  }
}

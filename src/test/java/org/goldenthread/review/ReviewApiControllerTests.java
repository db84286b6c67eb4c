package org.goldenthread.review;

import static org.goldenthread.review.ReviewViews.PARENT;
import static org.goldenthread.review.ReviewViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Slices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

/** Graduated-approach reviews through the API (api.md, {@code /children/{id}/reviews}). */
@WebMvcTest(ReviewApiController.class)
class ReviewApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Reviews reviews;
  @MockitoBean ReviewDocument document;

  AccessibleChild sarah;
  OutcomeView outcome;
  ReviewView held;
  String path;

  @BeforeEach
  void sarahsReviews() {
    sarah = TestDoor.opens(access, SENCO, ReviewViews.CHILD, Relationship.SENCO);
    outcome = ReviewViews.outcome();
    held = ReviewViews.held(sarah, outcome);
    path = "/api/v1/children/" + sarah.id() + "/reviews";
  }

  private String body(String heldOn, String status, String decision) {
    return """
        {"heldOn": "%s", "progress": [{"outcomeId": "%s", "status": "%s",
          "evidence": "Joined a game on four playtimes out of five"}],
         "parentView": "She talks about her friends at home", "childView": "I like Lego club",
         "decision": "%s", "nextReviewOn": "2027-02-12"}
        """
        .formatted(heldOn, outcome.id(), status, decision);
  }

  @Test
  void listsTheReviewsPagedWithTheirProgressAndASizeOverTheMaximumBroughtDown() throws Exception {
    given(reviews.list(sarah)).willReturn(List.of(held));

    mvc.perform(Slices.apiGet(SENCO, path + "?page=0&size=500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(held.id().toString()))
        .andExpect(jsonPath("$.items[0].heldOn").value("2026-10-10"))
        .andExpect(jsonPath("$.items[0].progress[0].outcomeId").value(outcome.id().toString()))
        .andExpect(jsonPath("$.items[0].progress[0].status").value("ACHIEVED"))
        .andExpect(jsonPath("$.items[0].decision").value("CONTINUE"))
        .andExpect(jsonPath("$.items[0].nextReviewOn").value("2027-02-12"))
        .andExpect(jsonPath("$.items[0].version").value(1));
  }

  @Test
  void recordsAReviewAsSentAndAnswersCreated() throws Exception {
    given(reviews.record(eq(sarah), any())).willReturn(held);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, SENCO, path, body("2026-10-10", "achieved", "CONTINUE")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(held.id().toString()))
        .andExpect(jsonPath("$.childId").value(sarah.id().toString()));

    verify(reviews)
        .record(
            sarah,
            new ReviewInput(
                ReviewViews.HELD_ON,
                List.of(
                    new ReviewInput.Progress(
                        outcome.id(),
                        OutcomeStatus.ACHIEVED,
                        "Joined a game on four playtimes out of five")),
                "She talks about her friends at home",
                "I like Lego club",
                null,
                ReviewDecision.CONTINUE,
                null,
                ReviewViews.NEXT));
  }

  @Test
  void valuesThatDoNotReadAreAProblemNamingEachField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, SENCO, path, body("10 October", "NEARLY_THERE", "CONTINUE")))
        .andExpect(Slices.badRequestNaming("heldOn", "progress[0].status"));

    verify(reviews, never()).record(any(), any());
  }

  @Test
  void oneReviewAndItsPdf() throws Exception {
    given(reviews.get(sarah, held.id())).willReturn(held);
    given(document.download(eq(sarah), eq(held.id()), any()))
        .willReturn(Slices.pdf("review-sarah-bennett-2026-10-10.pdf"));

    mvc.perform(Slices.apiGet(SENCO, path + "/" + held.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parentView").value("She talks about her friends at home"));
    mvc.perform(get(path + "/" + held.id() + "/pdf").with(user(SENCO)))
        .andExpect(Slices.pdfDownload("review-sarah-bennett-2026-10-10.pdf"));
    mvc.perform(Slices.apiGet(SENCO, path + "/not-an-id")).andExpect(Slices.problem(404));
  }

  @Test
  void aParentMayNotRecordAndSomeoneTheDoorRefusesFindsNoReviews() throws Exception {
    AccessibleChild asParent =
        TestDoor.opens(access, PARENT, ReviewViews.CHILD, Relationship.PARENT);
    willThrow(new ErrorResponseException(HttpStatus.FORBIDDEN))
        .given(reviews)
        .requireRecord(asParent);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/children/" + asParent.id() + "/reviews",
                body("2026-10-10", "ACHIEVED", "CONTINUE")))
        .andExpect(Slices.problem(403));
    mvc.perform(Slices.apiGet(stranger, path)).andExpect(Slices.problem(404));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, stranger, path, body("2026-10-10", "ACHIEVED", "CONTINUE")))
        .andExpect(Slices.problem(404));
    verify(reviews, never()).record(any(), any());
    verifyNoInteractions(document);
  }
}

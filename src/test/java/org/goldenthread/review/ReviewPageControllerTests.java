package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.review.ReviewViews.PARENT;
import static org.goldenthread.review.ReviewViews.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Slices;
import org.goldenthread.voice.RecordedView;
import org.goldenthread.voice.RecordedViews;
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

/** The reviews of a child's plan: the list, recording one, one review and its PDF. */
@WebMvcTest(ReviewPageController.class)
@Import({Slices.Pages.class, ReviewFormErrors.class, ViewChoices.class})
class ReviewPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Reviews reviews;
  @MockitoBean ReviewDocument document;

  AccessibleChild sarah;
  OutcomeView outcome;
  ReviewView held;
  String list;

  @BeforeEach
  void sarahsReviews() {
    sarah = TestDoor.opens(access, SENCO, ReviewViews.CHILD, Relationship.SENCO);
    outcome = ReviewViews.outcome();
    held = ReviewViews.held(sarah, outcome);
    list = "/children/" + sarah.id() + "/reviews";
    given(reviews.list(sarah)).willReturn(List.of(held));
    given(reviews.mayRecord(sarah)).willReturn(true);
    given(reviews.outcomesToReview(sarah)).willReturn(List.of(outcome));
    given(reviews.get(sarah, held.id())).willReturn(held);
  }

  @Test
  void theListShowsEachReviewTheNextOneDueAndTheWayToRecordOne() throws Exception {
    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select("h1").text()).isEqualTo("Reviews of the plan");
    assertThat(page.select("#next-review").text())
        .isEqualTo("The next review is due by 12 February 2027.");
    assertThat(page.select("#review-" + held.id() + " a").attr("href"))
        .isEqualTo(list + "/" + held.id());
    assertThat(page.select("#review-" + held.id()).text())
        .contains("10 October 2026", "Keep going with the plan as it is", "Helen Carter");
    assertThat(page.select("a.govuk-button").attr("href")).isEqualTo(list + "/new");
  }

  @Test
  void aReviewDueBeforeTodayIsMarkedOverdue() throws Exception {
    given(reviews.list(sarah))
        .willReturn(List.of(ReviewViews.held(sarah, outcome, Slices.TODAY.minusDays(1))));

    Document page = Slices.show(mvc, SENCO, list);

    assertThat(page.select("#next-review").text())
        .isEqualTo("The next review is due by 22 November 2026. Overdue");
    assertThat(page.select("#next-review .govuk-tag--red").text()).isEqualTo("Overdue");
  }

  @Test
  void theFormAsksForProgressOnEachOutcomeWithLabelsAndHints() throws Exception {
    Document page = Slices.show(mvc, SENCO, list + "/new");

    assertThat(page.select("h1").text()).isEqualTo("Record a review");
    assertThat(page.select("main form").attr("action")).isEqualTo(list + "/new");
    assertThat(page.select("#outcome-" + outcome.id() + " h3").text())
        .contains("Joins a game at playtime");
    assertThat(page.select("input[name=progress[0].outcomeId]").val())
        .isEqualTo(outcome.id().toString());
    assertThat(page.select("fieldset:has(input[name=progress[0].status]) legend").text())
        .isEqualTo("How far has outcome 1 come?");
    assertThat(page.select("label[for=progress0.evidence]").text())
        .isEqualTo("Evidence of progress towards outcome 1");
    assertThat(page.select("textarea#progress0\\.evidence")).hasSize(1);
    assertThat(page.select("label[for=parentView]").text()).isEqualTo("The parents’ view");
    assertThat(page.select("#parentView-hint").text())
        .startsWith("What the parents or carers said");
    assertThat(page.select("fieldset:has(input[name=heldOn.day]) legend").text())
        .isEqualTo("When was the review held?");
  }

  @Test
  void aReviewWithProblemsIsShownAgainWithEachLinkedAndWhatWasTypedKept() throws Exception {
    given(reviews.record(eq(sarah), any()))
        .willAnswer(
            call ->
                ReviewRules.checked(call.getArgument(1), List.of(outcome), Set.of(), Slices.TODAY));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list + "/new",
            "heldOn.day",
            "31",
            "heldOn.month",
            "2",
            "heldOn.year",
            "2026",
            "progress[0].outcomeId",
            outcome.id().toString(),
            "progress[0].status",
            "ACHIEVED",
            "parentView",
            "She talks about her friends at home");

    assertThat(page.title()).startsWith("Error: Record a review");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#heldOn.day", "#progress0.evidence", "#decision", "#nextReviewOn.day");
    assertThat(page.select("#heldOn-error").text())
        .contains("The date the review was held must be a real date, like 20 11 2026");
    assertThat(page.select("#progress0\\.evidence-error").text())
        .contains("Enter the evidence of progress towards outcome 1");
    assertThat(page.select("#heldOn\\.day").val()).isEqualTo("31");
    assertThat(page.select("input[name=progress[0].status][checked]").val()).isEqualTo("ACHIEVED");
    assertThat(page.select("textarea#parentView").text())
        .isEqualTo("She talks about her friends at home");
  }

  @Test
  void aGoodReviewIsRecordedAsTypedAndLeadsToIt() throws Exception {
    given(reviews.record(eq(sarah), any())).willReturn(held);

    mvc.perform(
            Slices.form(
                SENCO,
                list + "/new",
                "heldOn.day",
                "10",
                "heldOn.month",
                "10",
                "heldOn.year",
                "2026",
                "progress[0].outcomeId",
                outcome.id().toString(),
                "progress[0].status",
                "ACHIEVED",
                "progress[0].evidence",
                "Joined a game on four playtimes out of five",
                "parentView",
                "She talks about her friends at home",
                "childView",
                "I like Lego club",
                "childViewGatheredBy",
                "Talking with Mrs Patel",
                "decision",
                "CONTINUE",
                "decisionNotes",
                "Keep the group going",
                "nextReviewOn.day",
                "12",
                "nextReviewOn.month",
                "2",
                "nextReviewOn.year",
                "2027"))
        .andExpect(redirectedUrl(list + "/" + held.id()))
        .andExpect(flash().attribute(ReviewPageController.RECORDED, true));

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
                "Talking with Mrs Patel",
                ReviewDecision.CONTINUE,
                "Keep the group going",
                ReviewViews.NEXT));
  }

  @Test
  void theViewsWaitingAreOfferedToTickAndTheReviewLinksThoseItAnswered() throws Exception {
    RecordedView waiting = RecordedViews.open(sarah);
    RecordedView fedBack = RecordedViews.fedBack(sarah);
    given(reviews.viewsToAnswer(sarah)).willReturn(List.of(waiting, fedBack));

    Document form = Slices.show(mvc, SENCO, list + "/new");
    assertThat(form.select("fieldset:has(input[name=viewsAnswered]) legend").text())
        .isEqualTo("Views this review answered");
    assertThat(form.select("input[name=viewsAnswered]").eachAttr("value"))
        .containsExactly(waiting.id().toString(), fedBack.id().toString());
    assertThat(form.select("label[for=viewsAnswered]").text())
        .isEqualTo("The child’s view, 11 November 2026: “I want to sit near the <b>door</b>.”");
    assertThat(form.select("#viewsAnswered-item-hint").text())
        .isEqualTo("Waiting for a reply, Open for 12 days");

    given(reviews.record(eq(sarah), any())).willReturn(held);
    mvc.perform(
            Slices.form(
                SENCO,
                list + "/new",
                "progress[0].outcomeId",
                outcome.id().toString(),
                "viewsAnswered",
                waiting.id().toString(),
                "viewsAnswered",
                "not an id"))
        .andExpect(redirectedUrl(list + "/" + held.id()));
    verify(reviews)
        .record(
            eq(sarah),
            argThat(input -> input.viewsAnswered().equals(Arrays.asList(waiting.id(), null))));

    given(reviews.viewsAnswered(sarah, held)).willReturn(List.of(fedBack));
    Document page = Slices.show(mvc, SENCO, list + "/" + held.id());
    assertThat(page.select("#answered-" + fedBack.id() + " a").attr("href"))
        .isEqualTo("/children/" + sarah.id() + "/views/" + fedBack.id());
    assertThat(page.select("#answered-" + fedBack.id()).text())
        .contains(
            "The family’s view",
            "(Fed back)",
            "They said: “More help with homework, please.”",
            "What was done: You said homework was hard");
  }

  @Test
  void oneReviewIsShownUnderItsDateWithItsPdfToDownload() throws Exception {
    given(document.download(eq(sarah), eq(held.id()), any()))
        .willReturn(Slices.pdf("review-sarah-bennett-2026-10-10.pdf"));

    Document page = Slices.show(mvc, SENCO, list + "/" + held.id());

    assertThat(page.select("h1").text()).isEqualTo("Review held on 10 October 2026");
    assertThat(page.select("main").text())
        .contains("Joined a game on four playtimes out of five", "I like Lego club");
    String download = page.select("a[download]").attr("href");
    assertThat(download).isEqualTo(list + "/" + held.id() + "/pdf");
    mvc.perform(get(download).with(user(SENCO)))
        .andExpect(Slices.pdfDownload("review-sarah-bennett-2026-10-10.pdf"));
  }

  @Test
  void aParentReadsButMayNotRecordAndSomeoneTheDoorRefusesFindsNothing() throws Exception {
    AccessibleChild asParent =
        TestDoor.opens(access, PARENT, ReviewViews.CHILD, Relationship.PARENT);
    willThrow(new ErrorResponseException(HttpStatus.FORBIDDEN))
        .given(reviews)
        .requireRecord(asParent);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);
    String parentsList = "/children/" + asParent.id() + "/reviews";

    Document page = Slices.show(mvc, PARENT, parentsList);
    assertThat(page.select("a.govuk-button")).isEmpty();
    mvc.perform(get(parentsList + "/new").with(user(PARENT))).andExpect(status().isForbidden());
    mvc.perform(Slices.form(PARENT, parentsList + "/new", "decision", "CONTINUE"))
        .andExpect(status().isForbidden());
    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(list + "/" + held.id() + "/pdf").with(user(stranger)))
        .andExpect(status().isNotFound());
    verify(reviews, never()).record(any(), any());
  }
}

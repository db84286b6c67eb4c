package org.goldenthread.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.meeting.MeetingAccess;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
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
 * The family's feedback page: the two questions and the comment, the answer given shown to change,
 * problems beside their fields, a conflict shown calmly, and the page when it is not yet or no
 * longer open.
 */
@WebMvcTest(FeedbackPageController.class)
@Import(Slices.Pages.class)
class FeedbackPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final LocalDate HELD = LocalDate.of(2026, 11, 6);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean MeetingAccess meetings;
  @MockitoBean FamilyFeedbacks feedback;

  AccessibleChild sarah;
  UUID reviewId = UUID.randomUUID();
  String reviewPage;

  @BeforeEach
  void sarahsReview() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    reviewPage = "/children/" + sarah.id() + "/reviews/" + reviewId + "/feedback";
  }

  private FamilyFeedbacks.Asked asked(
      FeedbackSubject subject, UUID id, FamilyFeedbacks.State state, FeedbackView answer) {
    return new FamilyFeedbacks.Asked(
        subject,
        id,
        sarah,
        HELD,
        subject == FeedbackSubject.MEETING ? "SEN_SUPPORT_REVIEW" : null,
        state,
        LocalDate.of(2027, 3, 31),
        Optional.ofNullable(answer));
  }

  private FeedbackView answer(UUID subjectId) {
    return new FeedbackView(
        UUID.randomUUID(),
        FeedbackSubject.REVIEW,
        subjectId,
        sarah.id(),
        HELD,
        "AUTUMN-2026",
        FeedbackAnswer.PARTLY,
        FeedbackAnswer.NO,
        "We ran out of time.",
        Instant.parse("2026-11-07T10:00:00Z"),
        null,
        LocalDate.of(2027, 3, 31),
        3);
  }

  @Test
  void theQuestionsAreAskedWithTheAnswersToChoose() throws Exception {
    given(feedback.aboutReview(sarah, reviewId))
        .willReturn(asked(FeedbackSubject.REVIEW, reviewId, FamilyFeedbacks.State.OPEN, null));

    Document page = Slices.show(mvc, PARENT, reviewPage);

    assertThat(page.title()).startsWith("How did it go? Sarah Bennett");
    assertThat(page.select("h1").text()).isEqualTo("How did it go?");
    assertThat(page.select("#about").text())
        .isEqualTo("About the review of the plan held on 6 November 2026.");
    assertThat(page.select("#privacy").text()).contains("Nobody at the school or the council");
    assertThat(page.select("fieldset legend").eachText())
        .containsExactly("Did you feel heard?", "Do you know what happens next?");
    assertThat(page.select("input[name=feltHeard]").eachAttr("value"))
        .containsExactly("YES", "PARTLY", "NO");
    assertThat(page.select("label[for=feltHeard-2]").text()).isEqualTo("Partly");
    assertThat(page.select("label[for=comment]").text())
        .isEqualTo("Anything you want to add (optional)");
    assertThat(page.select("form#feedback-form").attr("action")).isEqualTo(reviewPage);
    assertThat(page.select("input[name=version]").val()).isEmpty();
    assertThat(page.select("form#feedback-form button").text()).isEqualTo("Send my answers");
  }

  @Test
  void theAnswerGivenIsFilledInToChange() throws Exception {
    given(feedback.aboutReview(sarah, reviewId))
        .willReturn(
            asked(FeedbackSubject.REVIEW, reviewId, FamilyFeedbacks.State.OPEN, answer(reviewId)));

    Document page = Slices.show(mvc, PARENT, reviewPage);

    assertThat(page.select("input[name=feltHeard][checked]").val()).isEqualTo("PARTLY");
    assertThat(page.select("input[name=knowsWhatNext][checked]").val()).isEqualTo("NO");
    assertThat(page.select("textarea#comment").text()).isEqualTo("We ran out of time.");
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("#your-answer-given").text()).contains("31 March 2027");
    assertThat(page.select("form#feedback-form button").text()).isEqualTo("Change my answers");
  }

  @Test
  void answersKeptGoBackToThePageAndProblemsAreShownBesideTheirFields() throws Exception {
    FamilyFeedbacks.Asked open =
        asked(FeedbackSubject.REVIEW, reviewId, FamilyFeedbacks.State.OPEN, null);
    given(feedback.aboutReview(sarah, reviewId)).willReturn(open);
    given(
            feedback.give(
                open, new FeedbackInput(FeedbackAnswer.YES, FeedbackAnswer.PARTLY, "Thanks"), null))
        .willReturn(new FamilyFeedbacks.Saved(answer(reviewId), true));
    mvc.perform(
            Slices.form(
                PARENT,
                reviewPage,
                "feltHeard",
                "YES",
                "knowsWhatNext",
                "PARTLY",
                "comment",
                "Thanks"))
        .andExpect(redirectedUrl(reviewPage));

    given(feedback.give(open, new FeedbackInput(null, null, ""), null))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("feltHeard", "feedback.error.feltHeard"),
                    new FieldMessage("knowsWhatNext", "feedback.error.knowsWhatNext"))));
    Document refused = Slices.submit(mvc, PARENT, reviewPage, "comment", "");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#feltHeard Choose whether you felt heard",
            "#knowsWhatNext Choose whether you know what happens next");
  }

  @Test
  void aConflictKeepsWhatWasTypedWithTheVersionNowStored() throws Exception {
    FamilyFeedbacks.Asked open =
        asked(FeedbackSubject.REVIEW, reviewId, FamilyFeedbacks.State.OPEN, answer(reviewId));
    given(feedback.aboutReview(sarah, reviewId)).willReturn(open);
    given(feedback.give(eq(open), any(), eq(2L))).willThrow(new EditConflict());
    given(feedback.again(open)).willReturn(open);

    Document page =
        Slices.submit(
            mvc, PARENT, reviewPage, "feltHeard", "YES", "knowsWhatNext", "YES", "version", "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("You changed your answers somewhere else");
    assertThat(page.select("input[name=feltHeard][checked]").val()).isEqualTo("YES");
    assertThat(page.select("input[name=version]").val()).isEqualTo("3");
  }

  @Test
  void aMeetingNotYetHeldOrLongAgoHasNoForm() throws Exception {
    AccessibleMeeting meeting = mock(AccessibleMeeting.class);
    UUID meetingId = UUID.randomUUID();
    given(meeting.id()).willReturn(meetingId);
    given(meeting.child()).willReturn(sarah);
    given(meeting.user()).willReturn(PARENT);
    given(meetings.open(eq(PARENT), eq(meetingId))).willReturn(meeting);
    given(feedback.aboutMeeting(meeting))
        .willReturn(asked(FeedbackSubject.MEETING, meetingId, FamilyFeedbacks.State.NOT_YET, null));

    Document notYet = Slices.show(mvc, PARENT, "/meetings/" + meetingId + "/feedback");

    assertThat(notYet.select("#about").text())
        .isEqualTo("About the SEN support review on 6 November 2026.");
    assertThat(notYet.select("#not-yet").text()).contains("once the meeting has happened");
    assertThat(notYet.select("form#feedback-form")).isEmpty();
    assertThat(notYet.select(".govuk-back-link").attr("href")).isEqualTo("/meetings/" + meetingId);

    given(feedback.aboutMeeting(meeting))
        .willReturn(
            asked(
                FeedbackSubject.MEETING,
                meetingId,
                FamilyFeedbacks.State.CLOSED,
                answer(meetingId)));
    Document closed = Slices.show(mvc, PARENT, "/meetings/" + meetingId + "/feedback");
    assertThat(closed.select("#closed").text()).contains("31 March 2027");
    assertThat(closed.select("#your-answer").text()).contains("Partly", "No");
    assertThat(closed.select("form#feedback-form")).isEmpty();
  }

  @Test
  void someoneTheDoorRefusesFindsNothing() throws Exception {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.PARENT);
    TestDoor.refuses(access, stranger);
    mvc.perform(get(reviewPage).with(user(stranger))).andExpect(status().isNotFound());
  }
}

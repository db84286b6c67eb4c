package org.goldenthread.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.meeting.AccessibleMeeting;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.review.ReviewView;
import org.goldenthread.review.Reviews;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The rules of families' feedback. Who may answer: a parent or carer on the child's record, and the
 * young person from 16 (a child's own account under 16 does not see meetings or reviews, and finds
 * none here: 404); staff who may see the child may not answer for the family (403). When: once the
 * meeting has happened (held or closed; not cancelled) or the review is recorded, until the end of
 * the term after the one it was held in ({@link FeedbackTerm#openUntil}); before or after, 409. One
 * answer per person per meeting or review: answering again changes it, with the version read (a
 * stale or missing one is 409, nothing changed).
 */
@Service
@Transactional(readOnly = true)
public class FamilyFeedbacks {

  /** The most characters a comment may have. */
  public static final int COMMENT_LENGTH = 1000;

  private final FamilyFeedbackRepository answers;
  private final Meetings meetings;
  private final Reviews reviews;
  private final Clock clock;

  FamilyFeedbacks(
      FamilyFeedbackRepository answers, Meetings meetings, Reviews reviews, Clock clock) {
    this.answers = answers;
    this.meetings = meetings;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** What the feedback is about, as the pages show it, with the person's own answer if any. */
  public record Asked(
      FeedbackSubject subject,
      UUID subjectId,
      AccessibleChild child,
      LocalDate heldOn,
      String what,
      State state,
      LocalDate openUntil,
      Optional<FeedbackView> answer) {

    public boolean open() {
      return state == State.OPEN;
    }
  }

  /** Whether feedback may be given now: not yet (the meeting has not happened), or no longer. */
  public enum State {
    NOT_YET,
    OPEN,
    CLOSED
  }

  /** An answer saved, and whether it was the person's first about this (201) or a change (200). */
  public record Saved(FeedbackView answer, boolean created) {}

  /** Whether this person answers for the family: a parent or carer, or the young person. */
  public static boolean answersForFamily(AccessibleChild child) {
    var held = child.grant().relationships();
    return held.contains(Relationship.PARENT)
        || held.contains(Relationship.FAMILY)
        || held.contains(Relationship.YOUNG_PERSON);
  }

  public Asked aboutMeeting(AccessibleMeeting who) {
    require(who.child());
    MeetingView meeting = meetings.get(who);
    LocalDate heldOn = MeetingTimes.dateOf(meeting.startsAt());
    return asked(
        FeedbackSubject.MEETING,
        meeting.id(),
        who.child(),
        heldOn,
        meeting.kind().name(),
        meeting.status().happened());
  }

  public Asked aboutReview(AccessibleChild child, UUID reviewId) {
    require(child);
    ReviewView review = reviews.get(child, reviewId);
    return asked(FeedbackSubject.REVIEW, review.id(), child, review.heldOn(), null, true);
  }

  /** The same, with the person's answer as it stands now (after a conflict). */
  public Asked again(Asked asked) {
    return new Asked(
        asked.subject(),
        asked.subjectId(),
        asked.child(),
        asked.heldOn(),
        asked.what(),
        asked.state(),
        asked.openUntil(),
        answers
            .findBySubjectAndSubjectIdAndRespondentId(
                asked.subject(), asked.subjectId(), asked.child().user().id())
            .map(FamilyFeedback::view));
  }

  @Transactional
  public Saved give(Asked asked, FeedbackInput input, Long version) {
    if (asked.state() == State.NOT_YET) {
      throw notYet();
    }
    if (asked.state() == State.CLOSED) {
      throw closed();
    }
    FeedbackInput checked = check(input);
    UUID me = asked.child().user().id();
    FamilyFeedback answer =
        answers
            .findBySubjectAndSubjectIdAndRespondentId(asked.subject(), asked.subjectId(), me)
            .orElse(null);
    boolean created = answer == null;
    if (created) {
      answer =
          new FamilyFeedback(
              asked.subject(),
              asked.subjectId(),
              asked.child().id(),
              asked.child().schoolId(),
              me,
              asked.heldOn(),
              clock.instant());
    } else {
      if (version == null) {
        throw new EditConflict();
      }
      EditConflict.check(version, answer.version());
    }
    answer.answer(checked, clock.instant());
    try {
      return new Saved(answers.saveAndFlush(answer).view(), created);
    } catch (DataIntegrityViolationException twoFirstAnswersAtOnce) {
      throw new EditConflict();
    }
  }

  private Asked asked(
      FeedbackSubject subject,
      UUID id,
      AccessibleChild child,
      LocalDate heldOn,
      String what,
      boolean happened) {
    LocalDate openUntil = FeedbackTerm.openUntil(heldOn);
    State state =
        !happened
            ? State.NOT_YET
            : LocalDate.now(clock).isAfter(openUntil) ? State.CLOSED : State.OPEN;
    Optional<FeedbackView> mine =
        answers
            .findBySubjectAndSubjectIdAndRespondentId(subject, id, child.user().id())
            .map(FamilyFeedback::view);
    return new Asked(subject, id, child, heldOn, what, state, openUntil, mine);
  }

  private static void require(AccessibleChild child) {
    if (answersForFamily(child)) {
      return;
    }
    if (child.grant().isChildUnderSixteenOnly()) {
      throw NotFound.error();
    }
    throw ChildAccess.forbidden();
  }

  /** The answers as kept: both questions answered, the comment tidied and within its limit. */
  static FeedbackInput check(FeedbackInput input) {
    List<FieldMessage> problems = new ArrayList<>();
    if (input.feltHeard() == null) {
      problems.add(new FieldMessage("feltHeard", "feedback.error.feltHeard"));
    }
    if (input.knowsWhatNext() == null) {
      problems.add(new FieldMessage("knowsWhatNext", "feedback.error.knowsWhatNext"));
    }
    String comment = TextRules.tidy(input.comment());
    if (comment != null) {
      Optional<String> problem = TextRules.problem(comment);
      if (problem.isPresent()) {
        problems.add(new FieldMessage("comment", problem.get()));
      } else if (comment.length() > COMMENT_LENGTH) {
        problems.add(new FieldMessage("comment", "feedback.error.commentTooLong"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new FeedbackInput(input.feltHeard(), input.knowsWhatNext(), comment);
  }

  static ErrorResponseException notYet() {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.OUT_OF_ORDER, "api.problem.feedbackNotYet");
  }

  static ErrorResponseException closed() {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.OUT_OF_ORDER, "api.problem.feedbackClosed");
  }
}

package org.goldenthread.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparation before a meeting: each invitee adds what they bring (a parent's key points and
 * questions, what works at home, what the child said, the child's own views and how they were
 * gathered, a professional's update). Everyone invited sees everyone's preparation, except what an
 * author marks for the chair only: that is seen by its author and the organiser.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPreparation {

  static final int MAX_TEXT = 5000;
  static final int MAX_HOW = 1000;

  /** Sentence starters that help a nervous parent (texts in messages.properties). */
  static final List<PreparationPrompt> PROMPTS =
      List.of(
          new PreparationPrompt("meeting.prompt.worksAtHome", ContributionKind.WORKS_AT_HOME),
          new PreparationPrompt("meeting.prompt.hardAtHome", ContributionKind.PARENT_KEY_POINTS),
          new PreparationPrompt("meeting.prompt.mostWant", ContributionKind.PARENT_KEY_POINTS),
          new PreparationPrompt("meeting.prompt.couldWe", ContributionKind.QUESTION),
          new PreparationPrompt("meeting.prompt.together", ContributionKind.QUESTION),
          new PreparationPrompt("meeting.prompt.instead", ContributionKind.QUESTION),
          new PreparationPrompt("meeting.prompt.howWillWeKnow", ContributionKind.QUESTION),
          new PreparationPrompt("meeting.prompt.childSaid", ContributionKind.CHILD_SAID),
          new PreparationPrompt("meeting.prompt.childLikes", ContributionKind.CHILD_VIEWS),
          new PreparationPrompt("meeting.prompt.seen", ContributionKind.PROFESSIONAL_UPDATE));

  private final Meetings meetings;
  private final ContributionRepository contributions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MeetingPreparation(
      Meetings meetings,
      ContributionRepository contributions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.meetings = meetings;
    this.contributions = contributions;
    this.events = events;
    this.clock = clock;
  }

  /** The prompts the pages offer, each a message key with the kind it suits. */
  public List<PreparationPrompt> prompts() {
    return PROMPTS;
  }

  /**
   * The preparation this person may read, oldest first: everything not for the chair only, and what
   * is for the chair only when they wrote it or organise the meeting.
   *
   * @throws org.springframework.web.ErrorResponseException 403 for someone neither invited nor
   *     running the meeting
   */
  public List<ContributionView> list(AccessibleMeeting who) {
    Meeting meeting = meetings.load(who);
    if (!MeetingRules.maySeePreparation(who.child(), meeting)) {
      throw MeetingAccess.forbidden();
    }
    UUID me = who.user().id();
    boolean chair = meeting.organiserId().equals(me);
    return contributions.findByMeetingIdOrderByAddedAtAscIdAsc(meeting.id()).stream()
        .filter(c -> !c.chairOnly() || chair || c.authorId().equals(me))
        .map(Contribution::view)
        .toList();
  }

  /** Adds preparation; only someone invited, while the meeting is neither closed nor cancelled. */
  @Transactional
  public ContributionView add(AccessibleMeeting who, ContributionInput entered) {
    Meeting meeting = meetings.load(who);
    if (!MeetingRules.mayPrepare(who.child(), meeting)) {
      throw meeting.open() ? MeetingAccess.forbidden() : notOpen();
    }
    ContributionInput input = checked(entered);
    Contribution saved =
        contributions.saveAndFlush(
            new Contribution(
                meeting.id(), who.user().id(), who.user().displayName(), input, clock.instant()));
    events.publishEvent(
        who.child()
            .changed(
                ChildRecordChanged.Action.CREATE,
                Meetings.happened(
                    "audit.what.meeting.preparationAdded",
                    meeting,
                    Happened.words("meeting.preparation.kind." + input.kind().name()))));
    return saved.view();
  }

  /** Removes one's own preparation while the meeting is still open. */
  @Transactional
  public void remove(AccessibleMeeting who, UUID contributionId) {
    Meeting meeting = meetings.load(who);
    Contribution contribution =
        contributions
            .findById(contributionId)
            .filter(c -> c.meetingId().equals(meeting.id()))
            .orElseThrow(NotFound::error);
    if (!list(who).stream().anyMatch(c -> c.id().equals(contributionId))) {
      throw NotFound.error();
    }
    if (!contribution.authorId().equals(who.user().id())) {
      throw MeetingAccess.forbidden();
    }
    if (!meeting.open()) {
      throw notOpen();
    }
    contributions.delete(contribution);
    events.publishEvent(
        who.child()
            .changed(
                ChildRecordChanged.Action.DELETE,
                Meetings.happened("audit.what.meeting.preparationRemoved", meeting)));
  }

  private static ContributionInput checked(ContributionInput d) {
    List<FieldMessage> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(new FieldMessage("kind", "meeting.error.contributionKind"));
    }
    String text = MeetingInput.trim(d.text());
    if (text == null) {
      problems.add(new FieldMessage("text", "meeting.error.contributionText"));
    } else if (text.length() > MAX_TEXT) {
      problems.add(new FieldMessage("text", "meeting.error.tooLong"));
    }
    String how = MeetingInput.trim(d.howGathered());
    if (d.kind() == ContributionKind.CHILD_VIEWS && how == null) {
      problems.add(new FieldMessage("howGathered", "meeting.error.howGathered"));
    } else if (how != null && how.length() > MAX_HOW) {
      problems.add(new FieldMessage("howGathered", "meeting.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new ContributionInput(d.kind(), text, how, d.chairOnly());
  }

  private static ValidationProblem notOpen() {
    return ValidationProblem.of("status", "meeting.error.notOpen");
  }
}

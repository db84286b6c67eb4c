package org.goldenthread.feedback;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.goldenthread.child.Children;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.meeting.MeetingClosed;
import org.goldenthread.meeting.MeetingNotice;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.review.ReviewRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks the family for their feedback when a meeting is closed or a review recorded: the parents and
 * carers with an account whom the family's letters reach ({@link FamilyLetters#parents}). Others
 * who may answer (a carer without parental responsibility, the young person) find the link on the
 * meeting's or the review's page.
 */
@Component
class FeedbackInvitations {

  private final FamilyLetters family;
  private final Children children;
  private final ApplicationEventPublisher events;

  FeedbackInvitations(FamilyLetters family, Children children, ApplicationEventPublisher events) {
    this.family = family;
    this.children = children;
    this.events = events;
  }

  @ApplicationModuleListener
  void on(MeetingClosed event) {
    MeetingNotice notice = event.notice();
    List<UUID> people = parentsOf(notice.childId());
    if (!people.isEmpty()) {
      events.publishEvent(
          new FeedbackInvited(
              FeedbackSubject.MEETING,
              notice.meetingId(),
              notice.childId(),
              notice.childName(),
              notice.kind().name(),
              MeetingTimes.dateOf(notice.startsAt()),
              FeedbackLinks.meeting(notice.meetingId()),
              people));
    }
  }

  @ApplicationModuleListener
  void on(ReviewRecorded event) {
    List<UUID> people = parentsOf(event.childId());
    if (!people.isEmpty()) {
      String name = children.displayNames(List.of(event.childId())).get(event.childId());
      events.publishEvent(
          new FeedbackInvited(
              FeedbackSubject.REVIEW,
              event.reviewId(),
              event.childId(),
              name,
              null,
              event.heldOn(),
              FeedbackLinks.review(event.childId(), event.reviewId()),
              people));
    }
  }

  private List<UUID> parentsOf(UUID childId) {
    return family.parents(childId).stream()
        .map(FamilyAddressee::userId)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }
}

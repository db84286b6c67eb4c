package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingStatus;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.statutory.AnnualReviewView;
import org.goldenthread.statutory.AnnualReviews;
import org.goldenthread.statutory.ReviewStepKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo annual reviews, dated from today: Chloe's EHC plan was last reviewed 50 weeks ago (the
 * report, the decision and an amended plan all followed), and her next review is the meeting booked
 * in two weeks, whose invitations went out today. Amira, in Year 11 with an EHC plan, shows the
 * plan due to be amended by 31 March before her move to post-16. Loaded once: nothing is added when
 * Chloe already has a review.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoAnnualReviews implements DemoStep {

  private final DemoPeople people;
  private final ChildAccess access;
  private final AnnualReviews reviews;
  private final Meetings meetings;
  private final Clock clock;

  DemoAnnualReviews(
      DemoPeople people,
      ChildAccess access,
      AnnualReviews reviews,
      Meetings meetings,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.reviews = reviews;
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    CurrentUser officer = people.user("officer@northshire.example");
    var chloe = people.pupil(senco, DemoChildren.CHLOE_UPN);
    if (chloe.isEmpty()) {
      return;
    }
    AccessibleChild record = access.open(senco, chloe.get().id());
    if (!reviews.forChild(record).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate lastHeld = DemoMeetings.weekday(today.minusWeeks(50));
    AnnualReviewView last = reviews.record(record, lastHeld, null);
    step(record, last, ReviewStepKind.INVITATIONS_SENT, lastHeld.minusWeeks(3));
    step(record, last, ReviewStepKind.REPORT_SENT, lastHeld.plusDays(10));
    AccessibleChild asOfficer = access.open(officer, chloe.get().id());
    step(asOfficer, last, ReviewStepKind.DECISION, lastHeld.plusWeeks(3));
    step(asOfficer, last, ReviewStepKind.AMENDMENTS_PROPOSED, lastHeld.plusWeeks(3));
    step(asOfficer, last, ReviewStepKind.FINAL_AMENDED, lastHeld.plusWeeks(7));
    meetings.forChild(record).stream()
        .filter(m -> m.kind() == MeetingKind.ANNUAL_REVIEW)
        .filter(m -> m.status() == MeetingStatus.BOOKED)
        .findFirst()
        .ifPresent(
            booked -> {
              AnnualReviewView next = reviews.record(record, null, booked.id());
              step(record, next, ReviewStepKind.INVITATIONS_SENT, today);
            });
  }

  private void step(
      AccessibleChild child, AnnualReviewView review, ReviewStepKind kind, LocalDate on) {
    reviews.recordStep(child, review.id(), kind, on, null);
  }
}

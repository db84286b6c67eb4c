package org.goldenthread.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * The concern module with only what it depends on, for a pupil with a parent at a school of its
 * own: a concern raised is announced (for the SENCO's inbox) and recorded in the child's history;
 * the first-concern meeting booked for the child is kept beside it from the meeting module's own
 * event; the family may not decide; the decision is announced for the family.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class ConcernModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Concerns concerns;
  @Autowired ConcernDecisions decisions;
  @Autowired Meetings meetings;
  @Autowired ChildAccess access;

  @Test
  void aConcernRaisedIsAnnouncedAndRecordedInTheChildsHistory(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent = parentOf(pupil);

    scenario
        .stimulate(
            () ->
                concerns.raise(
                    asParent, new ConcernInput("She has stopped drawing", null, null, null)))
        .andWaitForEventOfType(ConcernRaised.class)
        .matching(raised -> raised.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (raised, view) -> {
              assertThat(raised.concernId()).isEqualTo(view.id());
              assertThat(raised.answerDueOn()).isEqualTo(view.answerDueOn());
              assertThat(raised.raisedByRole()).isEqualTo(RaisedBy.PARENT);
              assertThat(raised.raisedById()).isEqualTo(pupil.parentId());
            });
    scenario
        .stimulate(
            () -> concerns.raise(asParent, new ConcernInput("And reading", null, null, null)))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && changed.what().key().equals("audit.what.concern.raised"))
        .toArriveAndVerify(
            changed -> {
              assertThat(changed.what()).isEqualTo(Happened.of("audit.what.concern.raised"));
              assertThat(changed.actorId()).isEqualTo(pupil.parentId());
            });
  }

  @Test
  void theFirstConcernMeetingBookedIsKeptBesideTheOpenConcern(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    ConcernView concern =
        concerns.raise(parentOf(pupil), new ConcernInput("He cries at drop-off", null, null, null));
    AccessibleChild asSenco = access.open(school.senco(), pupil.id());
    Instant startsAt = MeetingTimes.startsAt(LocalDate.now().plusDays(5), LocalTime.of(15, 30));

    scenario
        .stimulate(
            () ->
                meetings.create(
                    asSenco,
                    new MeetingDetails(
                        MeetingKind.FIRST_CONCERN, startsAt, 45, "The library", List.of(), null),
                    false))
        .andWaitForStateChange(() -> concerns.get(asSenco, concern.id()).meetingId())
        .andVerify(
            (meetingId) -> {
              ConcernView linked = concerns.get(asSenco, concern.id());
              assertThat(linked.meetingStartsAt()).isEqualTo(startsAt);
              assertThat(linked.meetingHeld()).isFalse();
              assertThat(linked.version()).as("not a change anyone made").isZero();
            });
  }

  @Test
  void onlySchoolStaffDecideAndTheDecisionIsAnnounced(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild asParent = parentOf(pupil);
    ConcernView concern =
        concerns.raise(asParent, new ConcernInput("Counting is hard", null, null, null));
    DecisionInput monitor =
        new DecisionInput(
            ConcernDecision.MONITOR,
            "We will watch closely.",
            LocalDate.now().plusWeeks(6),
            null,
            true,
            "after a phone call");

    assertThatThrownBy(() -> decisions.decide(asParent, concern.id(), monitor, null))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));

    AccessibleChild asSenco = access.open(school.senco(), pupil.id());
    scenario
        .stimulate(() -> decisions.decide(asSenco, concern.id(), monitor, 0L))
        .andWaitForEventOfType(ConcernDecided.class)
        .matching(decided -> decided.childId().equals(pupil.id()))
        .toArriveAndVerify(
            (decided, view) -> {
              assertThat(decided.decision()).isEqualTo(ConcernDecision.MONITOR);
              assertThat(decided.atMeeting()).isFalse();
              assertThat(decided.raisedById()).isEqualTo(pupil.parentId());
              assertThat(view.how()).isEqualTo("after a phone call");
              assertThat(view.status()).isEqualTo(ConcernStatus.DECIDED);
            });
  }

  private AccessibleChild parentOf(Pupils.Pupil pupil) {
    return access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Worry" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Worry" + tag)
        .add();
  }
}

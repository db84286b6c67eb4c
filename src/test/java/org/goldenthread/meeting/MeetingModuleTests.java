package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Meetings with only what they depend on, for a pupil with a parent at a school of its own: booking
 * a meeting announces it with everyone to invite (notifications send the invitations), and someone
 * whose way into the child's record ended leaves the invitees of the meetings not yet held.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class MeetingModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Meetings meetings;
  @Autowired ChildAccess access;
  @Autowired JdbcClient sql;

  @Test
  void bookingAMeetingPublishesMeetingBookedWithTheOrganiserAndTheParentInvited(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild record = access.open(school.senco(), pupil.id());
    Instant startsAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    scenario
        .stimulate(() -> meetings.create(record, review(startsAt), false))
        .andWaitForEventOfType(MeetingBooked.class)
        .matching(booked -> booked.notice().childId().equals(pupil.id()))
        .toArriveAndVerify(
            (booked, meeting) -> {
              MeetingNotice notice = booked.notice();
              assertThat(notice.meetingId()).isEqualTo(meeting.id());
              assertThat(notice.kind()).isEqualTo(MeetingKind.SEN_SUPPORT_REVIEW);
              assertThat(notice.startsAt()).isEqualTo(startsAt);
              assertThat(notice.location()).isEqualTo("The library");
              assertThat(notice.schoolName()).isEqualTo(school.name());
              assertThat(notice.sender().userId()).isEqualTo(school.senco().id());
              assertThat(notice.recipients())
                  .extracting(Recipient::userId)
                  .containsExactlyInAnyOrder(school.senco().id(), pupil.parentId());
              assertThat(notice.calendar()).contains("BEGIN:VCALENDAR", "METHOD:REQUEST");
            });
  }

  @Test
  void someoneWhoseAccessEndedLeavesTheInviteesOfMeetingsNotYetHeld(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild record = access.open(school.senco(), pupil.id());
    MeetingView meeting =
        meetings.create(record, review(Instant.now().plus(10, ChronoUnit.DAYS)), false);
    assertThat(invitees(meeting.id())).contains(pupil.parentId());

    scenario
        .publish(
            new ChildAccessEnded(
                pupil.id(), pupil.parentId(), ChildAccessEnded.Reason.INFORMATION_LIMITED))
        .andWaitForStateChange(() -> !invitees(meeting.id()).contains(pupil.parentId()))
        .andVerify(gone -> assertThat(invitees(meeting.id())).containsExactly(school.senco().id()));
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Meet" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Meet" + tag)
        .add();
  }

  private static MeetingDetails review(Instant startsAt) {
    return new MeetingDetails(
        MeetingKind.SEN_SUPPORT_REVIEW, startsAt, 60, "The library", null, null);
  }

  private List<UUID> invitees(UUID meetingId) {
    return sql.sql("select user_id from meeting_invitee where meeting_id = ? order by position")
        .param(meetingId)
        .query(UUID.class)
        .list();
  }
}

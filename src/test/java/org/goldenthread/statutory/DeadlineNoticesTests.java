package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Notices of a deadline 5 working days away, or missed: each sent once. */
@IntegrationTest
class DeadlineNoticesTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired DeadlineNotices notices;
  @Autowired EhcAssessments assessments;
  @Autowired DeadlineCalendar calendar;
  @Autowired ChildAccess access;
  @Autowired JdbcTemplate jdbc;

  private static Deadline deadline(DeadlineOwner owner, LocalDate due, DeadlineStatus status) {
    return new Deadline(
        DeadlineKind.DECISION_TO_ASSESS,
        due,
        null,
        owner,
        null,
        status,
        null,
        null,
        UUID.randomUUID(),
        UUID.randomUUID(),
        List.of(),
        true,
        null);
  }

  @Test
  void aDeadlineIsDueSoonFromFiveWorkingDaysBeforeItsLastDay() {
    var days = calendar.workingDays();
    LocalDate friday = LocalDate.parse("2026-12-11");

    assertThat(
            DeadlineNotices.noticeFor(
                deadline(DeadlineOwner.LOCAL_AUTHORITY, friday, DeadlineStatus.PENDING),
                LocalDate.parse("2026-12-04"),
                days))
        .contains(DeadlineNoticeDue.Notice.DUE_SOON);
    assertThat(
            DeadlineNotices.noticeFor(
                deadline(DeadlineOwner.LOCAL_AUTHORITY, friday, DeadlineStatus.PENDING),
                LocalDate.parse("2026-12-03"),
                days))
        .isEmpty();
    assertThat(
            DeadlineNotices.noticeFor(
                deadline(DeadlineOwner.LOCAL_AUTHORITY, friday, DeadlineStatus.MISSED),
                LocalDate.parse("2026-12-14"),
                days))
        .contains(DeadlineNoticeDue.Notice.MISSED);
    assertThat(
            DeadlineNotices.noticeFor(
                deadline(DeadlineOwner.FAMILY, friday, DeadlineStatus.MISSED),
                LocalDate.parse("2026-12-14"),
                days))
        .isEmpty();
    assertThat(
            DeadlineNotices.noticeFor(
                deadline(DeadlineOwner.LOCAL_AUTHORITY, friday, DeadlineStatus.MET),
                LocalDate.parse("2026-12-10"),
                days))
        .isEmpty();
  }

  @Test
  void eachNoticeGoesOutOnceHoweverOftenTheCheckRuns() {
    Pupils pupils = new Pupils(context);
    Pupils.Pupil late = pupils.pupil("Tariq", "Ali").add();
    Pupils.Pupil soon = pupils.pupil("Mei", "Chen").add();
    AccessibleChild lateChild = access.open(pupils.user(Pupils.SENCO), late.id());
    AccessibleChild soonChild = access.open(pupils.user(Pupils.SENCO), soon.id());
    assessments.request(lateChild, TODAY.minusWeeks(30), RequestedBy.SCHOOL);
    AssessmentView dueSoon =
        assessments.request(soonChild, TODAY.minusWeeks(6).plusDays(2), RequestedBy.SCHOOL);

    notices.send();

    assertThat(noticesFor(late.id()))
        .containsExactlyInAnyOrder("DECISION_TO_ASSESS MISSED", "FINAL_PLAN MISSED");
    assertThat(noticesFor(soon.id())).containsExactly("DECISION_TO_ASSESS DUE_SOON");
    assertThat(dueSoon.deadlines().get(0).status()).isEqualTo(DeadlineStatus.PENDING);

    notices.send();

    assertThat(noticesFor(late.id())).hasSize(2);
    assertThat(noticesFor(soon.id())).hasSize(1);
  }

  private List<String> noticesFor(UUID childId) {
    return jdbc.queryForList(
        "select split_part(deadline_key, '|', 2) || ' ' || notice from statutory_deadline_notice"
            + " where child_id = ?",
        String.class,
        childId);
  }
}

package org.goldenthread.concern;

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
import org.goldenthread.deadline.WorkingDays;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A concern must be answered within 15 school days: working days (no weekends, no bank holidays) at
 * a school that has entered no term dates, and only days inside its terms at one that has. It is a
 * {@code CONCERN_ANSWER} deadline of the school, missed (and the concern late) while it has no
 * decision after that day, and met on the day it is decided.
 */
@IntegrationTest
class ConcernDeadlineTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired Concerns concerns;
  @Autowired ConcernDecisions decisions;
  @Autowired ConcernDeadlines deadlines;
  @Autowired ChildAccess access;
  @Autowired DeadlineCalendar calendar;
  @Autowired JdbcClient jdbc;

  FreshSchool school;
  Pupils.Pupil pupil;
  AccessibleChild asParent;
  WorkingDays workingDays;

  @BeforeEach
  void aPupilAtASchoolOfItsOwn() {
    school = FreshSchool.open(context);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    pupil =
        new Pupils(context, school)
            .pupil("Ada", "Days" + tag)
            .withParent("parent." + tag + "@days.example", "Mo Days")
            .add();
    asParent = access.open(new Pupils(context).user(pupil.parentEmail()), pupil.id());
    workingDays = calendar.workingDays();
  }

  @Test
  void withoutTermDatesTheAnswerIsDueInFifteenWorkingDays() {
    ConcernView raised =
        concerns.raise(asParent, new ConcernInput("Ada bites her sleeves", null, null, null));

    assertThat(raised.answerDueOn()).isEqualTo(workingDays.plusWorkingDays(TODAY, 15));
    assertThat(raised.answerDueOn()).isAfterOrEqualTo(TODAY.plusDays(21));
    assertThat(raised.late()).isFalse();
  }

  @Test
  void withTermDatesOnlyDaysInATermCount() {
    jdbc.sql("insert into school_term (school_id, starts_on, ends_on) values (?, ?, ?), (?, ?, ?)")
        .params(
            school.id(),
            TODAY.minusDays(90),
            TODAY,
            school.id(),
            TODAY.plusDays(15),
            TODAY.plusDays(150))
        .update();

    ConcernView raised =
        concerns.raise(asParent, new ConcernInput("Ada is very tired", null, null, null));

    assertThat(raised.answerDueOn())
        .as("the two weeks' holiday do not count")
        .isEqualTo(workingDays.plusWorkingDays(TODAY.plusDays(14), 15));
    assertThat(raised.answerDueOn()).isAfter(workingDays.plusWorkingDays(TODAY, 15));
  }

  @Test
  void aConcernWithNoDecisionAfterItsDueDateIsLateUntilDecided() {
    ConcernView raised =
        concerns.raise(asParent, new ConcernInput("Ada stopped eating lunch", null, null, null));
    Deadline pending = only(deadlines.aboutChild(as(school), pupil.id()));
    assertThat(pending.kind()).isEqualTo(DeadlineKind.CONCERN_ANSWER);
    assertThat(pending.owner()).isEqualTo(DeadlineOwner.SCHOOL);
    assertThat(pending.due()).isEqualTo(raised.answerDueOn());
    assertThat(pending.status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(pending.subjectId()).isEqualTo(raised.id());
    assertThat(pending.page()).isEqualTo("/children/" + pupil.id() + "/concerns/" + raised.id());

    LocalDate raisedOn = workingDays.onOrAfter(TODAY.minusWeeks(6));
    jdbc.sql("update concern set raised_on = ?, answer_due_on = ? where id = ?")
        .params(raisedOn, concerns.answerDue(school.id(), raisedOn), raised.id())
        .update();
    assertThat(concerns.get(asParent, raised.id()).late()).isTrue();
    assertThat(only(deadlines.aboutChild(as(school), pupil.id())).status())
        .isEqualTo(DeadlineStatus.MISSED);
    assertThat(deadlines.forNotices(TODAY)).extracting(Deadline::subjectId).contains(raised.id());

    AccessibleChild asSenco = access.open(school.senco(), pupil.id());
    ConcernView decided =
        decisions.decide(
            asSenco,
            raised.id(),
            new DecisionInput(
                ConcernDecision.SEN_SUPPORT, "Support starts now.", null, null, true, null),
            null);
    assertThat(decided.late()).as("decided after it was due").isTrue();
    Deadline met = only(deadlines.aboutChild(as(school), pupil.id()));
    assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(met.metOn()).isEqualTo(TODAY);
    assertThat(deadlines.forNotices(TODAY))
        .extracting(Deadline::subjectId)
        .doesNotContain(raised.id());
  }

  private static UsernamePasswordAuthenticationToken as(FreshSchool school) {
    return new UsernamePasswordAuthenticationToken(school.senco(), null, List.of());
  }

  private static Deadline only(List<Deadline> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}

package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.ErrorResponseException;

/**
 * Actions with only what they depend on (no meeting module: its port, {@link ActionMeetings}, is
 * mocked), for a pupil with a parent at a school of its own: agreeing an action at a meeting the
 * person runs records it in the child's history and makes it a deadline of its owner; someone who
 * does not run the meeting may not agree one.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class ActionModuleTests {

  @Autowired ApplicationContext context;
  @Autowired MeetingActions actions;
  @Autowired ActionDeadlines deadlines;
  @Autowired ChildAccess access;
  @Autowired JdbcClient sql;
  @MockitoBean ActionMeetings meetings;

  @Test
  void anActionAgreedAtAMeetingIsInTheChildsHistoryAndADeadlineOfItsOwner(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild record = access.open(school.senco(), pupil.id());
    UUID meeting = meeting(pupil.id(), school.senco().id());
    ActionMeeting held = held(meeting, true);
    given(meetings.forAgreeing(record, meeting)).willReturn(held);
    given(meetings.ownerName(eq(record), eq(meeting), eq(pupil.parentId())))
        .willReturn(Optional.of(pupil.parentName()));
    LocalDate due = LocalDate.now().plusDays(7);

    scenario
        .stimulate(
            () ->
                actions.add(
                    record, meeting, new ActionInput("Read together", pupil.parentId(), due)))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(
            changed ->
                changed.childId().equals(pupil.id())
                    && changed.what().key().equals("audit.what.action.agreed"))
        .toArriveAndVerify(
            (changed, action) -> {
              assertThat(changed.what())
                  .isEqualTo(
                      Happened.of(
                          "audit.what.action.agreed",
                          Happened.words("audit.meeting.SEN_SUPPORT_REVIEW"),
                          Happened.day(held.date()),
                          Happened.written(pupil.parentName())));
              List<Deadline> due7 =
                  deadlines.aboutChild(
                      new UsernamePasswordAuthenticationToken(school.senco(), null, List.of()),
                      pupil.id());
              assertThat(due7)
                  .singleElement()
                  .satisfies(
                      d -> {
                        assertThat(d.subjectId()).isEqualTo(action.id());
                        assertThat(d.due()).isEqualTo(due);
                        assertThat(d.owner()).isEqualTo(DeadlineOwner.FAMILY);
                      });
            });
  }

  @Test
  void someoneWhoDoesNotRunTheMeetingMayNotAgreeAnAction() {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = pupilWithParent(school);
    AccessibleChild record = access.open(school.senco(), pupil.id());
    UUID meeting = meeting(pupil.id(), school.senco().id());
    given(meetings.forAgreeing(any(), eq(meeting))).willReturn(held(meeting, false));

    assertThatThrownBy(
            () ->
                actions.add(
                    record,
                    meeting,
                    new ActionInput("Read together", pupil.parentId(), LocalDate.now())))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));
    assertThat(actions.forChild(record)).isEmpty();
  }

  private static ActionMeeting held(UUID id, boolean mayRun) {
    Instant startsAt = Instant.now().minusSeconds(3600);
    return new ActionMeeting(
        id, "SEN_SUPPORT_REVIEW", startsAt, LocalDate.now().minusDays(1), true, mayRun);
  }

  /** A meeting row for the actions to refer to (the meeting module is not started here). */
  private UUID meeting(UUID childId, UUID organiserId) {
    UUID id = UUID.randomUUID();
    sql.sql(
            """
            insert into meeting (id, child_id, kind, starts_at, duration_minutes, location,
                                 organiser_id, organiser_name, status, calendar_uid, created_at)
            values (?, ?, 'SEN_SUPPORT_REVIEW', now(), 60, 'The library', ?, 'Sam Senco',
                    'BOOKED', ?, now())
            """)
        .params(id, childId, organiserId, "meeting-" + id + "@goldenthread")
        .update();
    return id;
  }

  private Pupils.Pupil pupilWithParent(FreshSchool school) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return new Pupils(context, school)
        .pupil("Ada", "Act" + tag)
        .withParent("parent." + tag + "@fresh.example", "Mo Act" + tag)
        .add();
  }
}

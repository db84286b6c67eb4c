package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import tools.jackson.databind.JsonNode;

/**
 * Agreed actions as {@code ACTION} deadlines, on a real database: a pupil's meeting agreed one
 * action late with the parent, one on time with the teacher, one done and one dropped. Each open or
 * done action is a deadline of its owner, due on its date, linked to its meeting; a dropped one is
 * none; a stranger sees none of them, and {@code GET /api/v1/deadlines} answers them by status.
 */
@IntegrationTest
class ActionDeadlinesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ActionDeadlines deadlines;
  @Autowired Meetings meetings;
  @Autowired MeetingActions actions;
  @Autowired ActionAccess actionAccess;
  @Autowired ChildAccess access;

  Pupils pupils;
  Pupils.Pupil pupil;
  CurrentUser senco;
  CurrentUser teacher;
  MeetingView meeting;
  ActionView late;
  ActionView onTime;
  ActionView done;
  ActionView dropped;
  LocalDate today;

  @BeforeEach
  void aMeetingAgreedFourActions() {
    pupils = new Pupils(context);
    senco = pupils.user(Pupils.SENCO);
    teacher = pupils.user(Pupils.TEACHER);
    pupil =
        pupils
            .pupil("Ada", "Deadline")
            .withParent("ada.parent." + UUID.randomUUID() + "@example.org", "Eve Deadline")
            .withTeacher()
            .add();
    AccessibleChild child = access.open(senco, pupil.id());
    meeting =
        meetings.create(
            child,
            new MeetingDetails(
                MeetingKind.SEN_SUPPORT_REVIEW,
                Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                60,
                "Room 4",
                List.of(pupil.teacherId()),
                null),
            false);
    today = LocalDate.now();
    late = agree(child, "Read together each evening", pupil.parentId(), today.minusDays(3));
    onTime = agree(child, "Try the visual timetable", pupil.teacherId(), today.plusWeeks(2));
    done = agree(child, "Send home the word mat", pupil.teacherId(), today.minusDays(5));
    done =
        actions.update(
            actionAccess.open(teacher, done.id()),
            done.version(),
            ActionUpdate.status(ActionStatus.DONE, null));
    dropped = agree(child, "Book the hall", pupil.teacherId(), today.plusDays(3));
    actions.update(
        actionAccess.open(senco, dropped.id()),
        dropped.version(),
        ActionUpdate.status(ActionStatus.DROPPED, "The hall is closed"));
  }

  @Test
  void eachActionIsADeadlineOfItsOwnerDueOnItsDateLinkedToItsMeeting() {
    List<Deadline> seen = ofThisPupil(deadlines.visibleTo(signedIn(senco)));

    assertThat(seen)
        .extracting(Deadline::subjectId)
        .containsOnly(late.id(), onTime.id(), done.id());
    assertThat(seen).extracting(Deadline::kind).containsOnly(DeadlineKind.ACTION);
    assertThat(seen).extracting(Deadline::page).containsOnly("/meetings/" + meeting.id());

    Deadline parents = find(seen, late);
    assertThat(parents.due()).isEqualTo(late.dueOn());
    assertThat(parents.owner()).isEqualTo(DeadlineOwner.FAMILY);
    assertThat(parents.status()).isEqualTo(DeadlineStatus.MISSED);
    assertThat(parents.metOn()).isNull();

    Deadline teachers = find(seen, onTime);
    assertThat(teachers.owner()).isEqualTo(DeadlineOwner.TEAM_MEMBER);
    assertThat(teachers.ownerName()).isEqualTo(teacher.displayName());
    assertThat(teachers.status()).isEqualTo(DeadlineStatus.PENDING);

    Deadline met = find(seen, done);
    assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(met.metOn()).isEqualTo(today);

    assertThat(deadlines.aboutChild(signedIn(senco), pupil.id()))
        .extracting(Deadline::subjectId)
        .containsExactlyInAnyOrder(late.id(), onTime.id(), done.id());
  }

  @Test
  void aStrangerSeesNone() {
    CurrentUser stranger = pupils.user("senco@brook.example");

    assertThat(ofThisPupil(deadlines.visibleTo(signedIn(stranger)))).isEmpty();
    assertThat(deadlines.aboutChild(signedIn(stranger), pupil.id())).isEmpty();
    assertThat(deadlines.visibleTo(null)).isEmpty();
  }

  @Test
  void theDeadlinesApiAnswersThemByStatus() {
    ApiClient api = new ApiClient(port);
    String token = api.tokenFor(pupil.parentEmail());

    assertThat(subjects(api.get("/api/v1/deadlines?status=MISSED&size=200", token).json()))
        .contains(late.id().toString())
        .doesNotContain(onTime.id().toString(), done.id().toString());
    assertThat(subjects(api.get("/api/v1/deadlines?status=PENDING&size=200", token).json()))
        .contains(onTime.id().toString())
        .doesNotContain(late.id().toString(), dropped.id().toString());
    JsonNode met = api.get("/api/v1/deadlines?status=MET&size=200", token).json();
    assertThat(met.get("items").valueStream())
        .filteredOn(d -> d.get("subjectId").asString().equals(done.id().toString()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("kind").asString()).isEqualTo("ACTION");
              assertThat(d.get("owner").asString()).isEqualTo("TEAM_MEMBER");
              assertThat(d.get("metOn").asString()).isEqualTo(today.toString());
              assertThat(d.get("childId").asString()).isEqualTo(pupil.id().toString());
            });

    String stranger = api.tokenFor("senco@brook.example");
    assertThat(subjects(api.get("/api/v1/deadlines?size=200", stranger).json()))
        .doesNotContain(late.id().toString(), onTime.id().toString(), done.id().toString());
  }

  private ActionView agree(AccessibleChild child, String what, UUID owner, LocalDate due) {
    return actions.add(child, meeting.id(), new ActionInput(what, owner, due));
  }

  private List<Deadline> ofThisPupil(List<Deadline> all) {
    return all.stream().filter(d -> d.childId().equals(pupil.id())).toList();
  }

  private static Deadline find(List<Deadline> seen, ActionView action) {
    return seen.stream().filter(d -> d.subjectId().equals(action.id())).findFirst().orElseThrow();
  }

  private static List<String> subjects(JsonNode page) {
    return page.get("items").valueStream().map(d -> d.get("subjectId").asString()).toList();
  }

  private static Authentication signedIn(CurrentUser user) {
    return new UsernamePasswordAuthenticationToken(user, null, List.of());
  }
}

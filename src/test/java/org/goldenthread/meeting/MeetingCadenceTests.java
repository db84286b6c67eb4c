package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MutableClock;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * The next of the three meetings a year as a {@code MEETING_CADENCE} deadline, on a real database,
 * on 15 January 2027 (so the first checkpoint, 31 December, has passed): a pupil on SEN support
 * with no meeting this school year missed it; one with a meeting in November has the second due by
 * 30 April; one with three held has met the year's; a pupil with an EHC plan has none; a stranger
 * sees none, and {@code GET /api/v1/deadlines} answers them by status.
 */
@IntegrationTest
class MeetingCadenceTests {

  static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

  @TestBean Clock clock;

  /**
   * The real time while the app starts, so that demo data loaded by this context is dated like
   * everyone else's; each test then sets 15 January 2027.
   */
  static final MutableClock CLOCK = new MutableClock(Instant.now(), ENGLAND);

  static Clock clock() {
    return CLOCK;
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MeetingCadence cadence;
  @Autowired Meetings meetings;
  @Autowired ChildAccess access;

  Pupils pupils;
  CurrentUser senco;
  Pupils.Pupil none;
  Pupils.Pupil one;
  Pupils.Pupil three;
  Pupils.Pupil withPlan;
  MeetingView november;
  MeetingView third;

  @BeforeEach
  void fourPupils() {
    CLOCK.set(TODAY.atTime(LocalTime.NOON).atZone(ENGLAND).toInstant());
    pupils = new Pupils(context);
    senco = pupils.user(Pupils.SENCO);
    none = pupil("None");
    one = pupil("One");
    november = held(one, LocalDate.of(2026, 11, 10));
    three = pupil("Three");
    held(three, LocalDate.of(2026, 10, 1));
    held(three, LocalDate.of(2026, 11, 20));
    third = held(three, LocalDate.of(2027, 1, 10));
    withPlan =
        pupils
            .pupil("Plan", "Cadence")
            .status(SenStatus.E, NeedCode.ASD)
            .withParent(email(), "Pat Cadence")
            .add();
  }

  @Test
  void theNextMeetingIsDueByTheRhythmsCheckpointOwedByTheSchool() {
    List<Deadline> seen = cadence.visibleTo(signedIn(senco));

    Deadline missed = of(seen, none);
    assertThat(missed.kind()).isEqualTo(DeadlineKind.MEETING_CADENCE);
    assertThat(missed.owner()).isEqualTo(DeadlineOwner.SCHOOL);
    assertThat(missed.due()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(missed.status()).isEqualTo(DeadlineStatus.MISSED);
    assertThat(missed.subjectId()).isNull();
    assertThat(missed.page()).isEqualTo("/children/" + none.id() + "/meetings");

    Deadline pending = of(seen, one);
    assertThat(pending.due()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(pending.status()).isEqualTo(DeadlineStatus.PENDING);
    assertThat(pending.subjectId()).isEqualTo(november.id());

    Deadline met = of(seen, three);
    assertThat(met.due()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(met.metOn()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(met.subjectId()).isEqualTo(third.id());

    assertThat(seen).noneMatch(d -> d.childId().equals(withPlan.id()));
    assertThat(cadence.aboutChild(signedIn(senco), one.id())).containsExactly(pending);
    assertThat(cadence.aboutChild(signedIn(senco), withPlan.id())).isEmpty();
  }

  @Test
  void aStrangerSeesNone() {
    CurrentUser stranger = pupils.user("senco@brook.example");
    List<UUID> ours = List.of(none.id(), one.id(), three.id());

    assertThat(cadence.visibleTo(signedIn(stranger))).noneMatch(d -> ours.contains(d.childId()));
    assertThat(cadence.aboutChild(signedIn(stranger), one.id())).isEmpty();
    assertThat(cadence.visibleTo(null)).isEmpty();
  }

  @Test
  void theDeadlinesApiAnswersThemByStatus() {
    ApiClient api = new ApiClient(port);

    JsonNode missed =
        api.get("/api/v1/deadlines?status=MISSED", api.tokenFor(none.parentEmail())).json();
    assertThat(missed.get("items").valueStream())
        .filteredOn(d -> d.get("kind").asString().equals("MEETING_CADENCE"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("childId").asString()).isEqualTo(none.id().toString());
              assertThat(d.get("due").asString()).isEqualTo("2026-12-31");
              assertThat(d.get("owner").asString()).isEqualTo("SCHOOL");
            });
    String parent = api.tokenFor(three.parentEmail());
    assertThat(kinds(api.get("/api/v1/deadlines?status=MET", parent).json()))
        .containsExactly("MEETING_CADENCE");
    assertThat(kinds(api.get("/api/v1/deadlines?status=PENDING", parent).json()))
        .doesNotContain("MEETING_CADENCE");
  }

  private Pupils.Pupil pupil(String familyName) {
    return pupils
        .pupil("Kit", "Cadence" + familyName)
        .withParent(email(), "Jo Cadence" + familyName)
        .add();
  }

  /** A review with the parents, booked for 10am on the day: held, once the day has come. */
  private MeetingView held(Pupils.Pupil pupil, LocalDate on) {
    return meetings.create(
        access.open(senco, pupil.id()),
        new MeetingDetails(
            MeetingKind.SEN_SUPPORT_REVIEW,
            on.atTime(10, 0).atZone(ENGLAND).toInstant(),
            60,
            "Room 4",
            List.of(),
            null),
        false);
  }

  private static Deadline of(List<Deadline> seen, Pupils.Pupil pupil) {
    return seen.stream().filter(d -> d.childId().equals(pupil.id())).findFirst().orElseThrow();
  }

  private static List<String> kinds(JsonNode page) {
    return page.get("items").valueStream().map(d -> d.get("kind").asString()).toList();
  }

  private static String email() {
    return "cadence." + UUID.randomUUID() + "@example.org";
  }

  private static Authentication signedIn(CurrentUser user) {
    return new UsernamePasswordAuthenticationToken(user, null, List.of());
  }
}

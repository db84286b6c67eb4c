package org.goldenthread.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.AtOnce;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Annual reviews through the API: the meeting, the deadlines after it, steps, rights, refusals. */
@IntegrationTest
class AnnualReviewApiTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String OFFICER = "officer@northshire.example";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  ApiClient api;
  String senco;
  String officer;
  String parent;
  Pupils.Pupil pupil;

  @BeforeEach
  void pupilWithAPlan() {
    api = new ApiClient(port);
    senco = api.tokenFor(Pupils.SENCO);
    officer = api.tokenFor(OFFICER);
    String email = "parent+" + UUID.randomUUID() + "@reviews.example";
    pupil =
        new Pupils(context)
            .pupil("Leo", "Grant")
            .inYear("4")
            .status(SenStatus.E, NeedCode.SLCN)
            .withParent(email, "Ruth Grant")
            .add();
    parent = api.tokenFor(email);
  }

  private String reviews(Pupils.Pupil child) {
    return "/api/v1/children/" + child.id() + "/annual-reviews";
  }

  private JsonNode recorded(String body) {
    ApiClient.Response response = api.post(reviews(pupil), senco, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response step(JsonNode review, String token, String kind, String on) {
    return api.post(
        "/api/v1/annual-reviews/" + review.get("id").asString() + "/events",
        token,
        "{\"kind\": \"" + kind + "\", \"on\": \"" + on + "\"}");
  }

  private JsonNode stepped(JsonNode review, String kind, String on) {
    ApiClient.Response response = step(review, officer, kind, on);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode deadline(JsonNode record, String kind) {
    for (JsonNode d : record.get("deadlines")) {
      if (d.get("kind").asString().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("No " + kind + " in " + record);
  }

  @Test
  void aReviewMeetingOn12March2026SetsItsDeadlinesAndTheNextReviewAndMakesTheMeeting() {
    JsonNode review = recorded("{\"meetingOn\": \"2026-03-12\"}");

    assertThat(review.get("meetingOn").asString()).isEqualTo("2026-03-12");
    assertThat(deadline(review, "REVIEW_INVITATIONS").get("due").asString())
        .isEqualTo("2026-02-26");
    assertThat(deadline(review, "REVIEW_INVITATIONS").get("owner").asString()).isEqualTo("SCHOOL");
    assertThat(deadline(review, "REVIEW_REPORT").get("due").asString()).isEqualTo("2026-03-26");
    assertThat(deadline(review, "REVIEW_DECISION").get("due").asString()).isEqualTo("2026-04-09");
    assertThat(deadline(review, "REVIEW_DECISION").get("owner").asString())
        .isEqualTo("LOCAL_AUTHORITY");
    assertThat(deadline(review, "REVIEW_DECISION").get("subjectId").asString())
        .isEqualTo(review.get("id").asString());
    assertThat(deadline(review, "ANNUAL_REVIEW").get("due").asString()).isEqualTo("2027-03-12");

    String meetingId = review.get("meetingId").asString();
    ApiClient.Response meeting = api.get("/api/v1/meetings/" + meetingId, senco);
    assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
    assertThat(meeting.json().get("kind").asString()).isEqualTo("ANNUAL_REVIEW");
    assertThat(meeting.json().get("startsAt").asString()).startsWith("2026-03-12");

    ApiClient.Response read =
        api.get("/api/v1/annual-reviews/" + review.get("id").asString(), parent);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("meetingId").asString()).isEqualTo(meetingId);
  }

  @Test
  void theReviewsDayFollowsItsMeetingWhenMovedAndFallsBackToTheDayRecordedWhenCalledOff() {
    LocalDate recordedOn = TODAY.plusDays(20);
    JsonNode review = recorded("{\"meetingOn\": \"" + recordedOn + "\"}");
    assertThat(deadline(review, "REVIEW_REPORT").get("due").asString())
        .isEqualTo(recordedOn.plusWeeks(2).toString());
    String meetingPath = "/api/v1/meetings/" + review.get("meetingId").asString();
    JsonNode meeting = api.get(meetingPath, senco).json();

    Instant aWeekLater = Instant.parse(meeting.get("startsAt").asString()).plus(Duration.ofDays(7));
    ApiClient.Response moved =
        api.send(
            "PUT",
            meetingPath,
            senco,
            "{\"startsAt\":\"" + aWeekLater + "\",\"version\":" + meeting.get("version") + "}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode afterMove = api.get(reviews(pupil), senco).json().get("items").get(0);
    assertThat(deadline(afterMove, "REVIEW_REPORT").get("due").asString())
        .as("the report is due two weeks after the meeting, on its new day")
        .isEqualTo(recordedOn.plusWeeks(3).toString());

    ApiClient.Response calledOff =
        api.send(
            "PUT",
            meetingPath,
            senco,
            "{\"status\":\"CANCELLED\",\"version\":" + moved.json().get("version") + "}");
    assertThat(calledOff.status()).as(calledOff.body()).isEqualTo(200);
    JsonNode afterCancel =
        api.get("/api/v1/annual-reviews/" + review.get("id").asString(), parent).json();
    assertThat(deadline(afterCancel, "REVIEW_REPORT").get("due").asString())
        .as("with the meeting called off, the day recorded counts again")
        .isEqualTo(recordedOn.plusWeeks(2).toString());
  }

  @Test
  void stepsMeetTheirDeadlinesAndProposedAmendmentsStartEightWeeks() {
    JsonNode review = recorded("{\"meetingOn\": \"2026-03-12\"}");

    review = stepped(review, "DECISION", "2026-04-01");
    assertThat(deadline(review, "REVIEW_DECISION").get("status").asString()).isEqualTo("MET");
    assertThat(deadline(review, "REVIEW_DECISION").get("metOn").asString()).isEqualTo("2026-04-01");
    assertThat(step(review, officer, "FINAL_AMENDED", "2026-04-02").status()).isEqualTo(409);

    review = stepped(review, "AMENDMENTS_PROPOSED", "2026-04-01");
    assertThat(deadline(review, "AMENDMENT_FINAL").get("due").asString()).isEqualTo("2026-05-27");
    review = stepped(review, "FINAL_AMENDED", "2026-05-20");
    assertThat(deadline(review, "AMENDMENT_FINAL").get("status").asString()).isEqualTo("MET");
    assertThat(review.get("steps")).hasSize(3);
    assertThat(step(review, officer, "DECISION", "2026-04-02").status()).isEqualTo(409);
  }

  @Test
  void badStepsAreRefusedNamingTheField() {
    JsonNode review = recorded("{\"meetingOn\": \"2026-03-12\"}");

    ApiClient.Response future = step(review, officer, "DECISION", TODAY.plusDays(1).toString());
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("\"on\"");
    ApiClient.Response beforeMeeting = step(review, officer, "REPORT_SENT", "2026-03-11");
    assertThat(beforeMeeting.status()).isEqualTo(400);
    assertThat(beforeMeeting.body()).contains("\"on\"");
    assertThat(step(review, officer, "INVITATIONS_SENT", "2026-03-13").status()).isEqualTo(400);
    assertThat(step(review, officer, "<b>DECISION</b>", "2026-04-01").status()).isEqualTo(400);
    ApiClient.Response noDay =
        api.post(
            "/api/v1/annual-reviews/" + review.get("id").asString() + "/events",
            officer,
            "{\"kind\": \"DECISION\"}");
    assertThat(noDay.status()).isEqualTo(400);
    assertThat(noDay.body()).contains("\"on\"");
    ApiClient.Response stale =
        api.post(
            "/api/v1/annual-reviews/" + review.get("id").asString() + "/events",
            officer,
            "{\"kind\": \"DECISION\", \"on\": \"2026-04-01\", \"version\": 7}");
    assertThat(stale.status()).isEqualTo(409);
  }

  @Test
  void aChildWithoutAFinalPlanHasNoAnnualReview() {
    Pupils.Pupil onSupport =
        new Pupils(context).pupil("Ava", "Lin").status(SenStatus.K, NeedCode.MLD).add();

    ApiClient.Response refused =
        api.post(reviews(onSupport), senco, "{\"meetingOn\": \"2026-03-12\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("out-of-order");
  }

  @Test
  void theMeetingDayIsCheckedAndAMeetingLinksToOneReviewOnly() {
    ApiClient.Response noDay = api.post(reviews(pupil), senco, "{}");
    assertThat(noDay.status()).isEqualTo(400);
    assertThat(noDay.body()).contains("\"meetingOn\"");
    assertThat(api.post(reviews(pupil), senco, "{\"meetingOn\": \"2013-03-12\"}").status())
        .isEqualTo(400);
    assertThat(api.post(reviews(pupil), senco, "{\"meetingOn\": \"12/03/2026\"}").status())
        .isEqualTo(400);

    JsonNode first = recorded("{\"meetingOn\": \"2026-03-12\"}");
    String meetingId = first.get("meetingId").asString();
    ApiClient.Response again =
        api.post(reviews(pupil), senco, "{\"meetingId\": \"" + meetingId + "\"}");
    assertThat(again.status()).isEqualTo(409);
    ApiClient.Response sameDay = api.post(reviews(pupil), senco, "{\"meetingOn\": \"2026-03-12\"}");
    assertThat(sameDay.status()).isEqualTo(409);

    Pupils.Pupil other =
        new Pupils(context).pupil("Noor", "Ali").status(SenStatus.E, NeedCode.ASD).add();
    ApiClient.Response notTheirs =
        api.post(reviews(other), senco, "{\"meetingId\": \"" + meetingId + "\"}");
    assertThat(notTheirs.status()).isEqualTo(400);
    assertThat(notTheirs.body()).contains("\"meetingId\"");
  }

  @Test
  void aReviewIsRecordedOnceEvenWhenSentTwiceAtOnce() {
    List<Integer> statuses =
        AtOnce.run(
            () -> api.post(reviews(pupil), senco, "{\"meetingOn\": \"2026-03-12\"}").status(),
            () -> api.post(reviews(pupil), senco, "{\"meetingOn\": \"2026-03-12\"}").status());

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
  }

  @Test
  void twoStepsFromOneVersionAtOnceGiveOneSuccessAndOneConflict() {
    JsonNode review = recorded("{\"meetingOn\": \"2026-03-12\"}");
    String events = "/api/v1/annual-reviews/" + review.get("id").asString() + "/events";
    long version = review.get("version").asLong();

    List<Integer> statuses =
        AtOnce.run(
            () ->
                api.post(
                        events,
                        officer,
                        "{\"kind\": \"DECISION\", \"on\": \"2026-04-01\", \"version\": "
                            + version
                            + "}")
                    .status(),
            () ->
                api.post(
                        events,
                        senco,
                        "{\"kind\": \"REPORT_SENT\", \"on\": \"2026-03-20\", \"version\": "
                            + version
                            + "}")
                    .status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
  }

  @Test
  void theFamilyReadsTheSchoolRecordsTheAuthorityStepsAndAStrangerSeesNothing() {
    assertThat(api.post(reviews(pupil), parent, "{\"meetingOn\": \"2026-03-12\"}").status())
        .isEqualTo(403);
    assertThat(api.post(reviews(pupil), officer, "{\"meetingOn\": \"2026-03-12\"}").status())
        .isEqualTo(403);
    JsonNode review = recorded("{\"meetingOn\": \"2026-03-12\"}");
    assertThat(step(review, parent, "DECISION", "2026-04-01").status()).isEqualTo(403);

    String stranger = api.tokenFor("senco@brook.example");
    String id = review.get("id").asString();
    assertThat(api.get("/api/v1/annual-reviews/" + id, stranger).status()).isEqualTo(404);
    assertThat(step(review, stranger, "DECISION", "2026-04-01").status()).isEqualTo(404);
    assertThat(api.get(reviews(pupil), stranger).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/deadlines", stranger).body()).doesNotContain(id);

    // the authority's whole list: its schools' other deadlines fill more than one page of 50
    ApiClient.Response list = api.get("/api/v1/deadlines?status=PENDING&size=200", officer);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(id);
  }

  @Test
  void theFirstReviewAfterTheFinalPlanMeetsTheReviewTheFinalPlanOpened() {
    Pupils.Pupil assessed =
        new Pupils(context).pupil("Zara", "Hughes").status(SenStatus.K, NeedCode.SEMH).add();
    String path = "/api/v1/children/" + assessed.id() + "/ehc-assessments";
    JsonNode assessment =
        api.post(path, senco, "{\"requestedOn\": \"2025-01-06\", \"requestedBy\": \"SCHOOL\"}")
            .json();
    String events = "/api/v1/ehc-assessments/" + assessment.get("id").asString() + "/events";
    for (String body :
        List.of(
            "{\"kind\": \"DECISION_TO_ASSESS\", \"on\": \"2025-02-10\"}",
            "{\"kind\": \"DRAFT_ISSUED\", \"on\": \"2025-04-01\"}",
            "{\"kind\": \"FINAL_ISSUED\", \"on\": \"2025-05-01\"}")) {
      assertThat(api.post(events, officer, body).status()).isEqualTo(200);
    }

    ApiClient.Response review =
        api.post(
            "/api/v1/children/" + assessed.id() + "/annual-reviews",
            senco,
            "{\"meetingOn\": \"2026-04-20\"}");
    assertThat(review.status()).as(review.body()).isEqualTo(201);

    JsonNode read =
        api.get("/api/v1/ehc-assessments/" + assessment.get("id").asString(), senco).json();
    JsonNode first = deadline(read, "ANNUAL_REVIEW");
    assertThat(first.get("due").asString()).isEqualTo("2026-05-01");
    assertThat(first.get("status").asString()).isEqualTo("MET");
    assertThat(first.get("metOn").asString()).isEqualTo("2026-04-20");
    assertThat(deadline(review.json(), "ANNUAL_REVIEW").get("due").asString())
        .isEqualTo("2027-04-20");
  }

  @Test
  void aChildInTheLastYearOfPrimaryHasThePlanAmendedBy15FebruaryBeforeTheMove() {
    Pupils.Pupil moving =
        new Pupils(context)
            .pupil("Omar", "Reid")
            .inYear("6")
            .status(SenStatus.E, NeedCode.ASD)
            .withParent("parent+" + UUID.randomUUID() + "@moves.example", "Sam Reid")
            .add();
    int moveYear = TODAY.getMonthValue() >= 9 ? TODAY.getYear() + 1 : TODAY.getYear();

    ApiClient.Response list = api.get("/api/v1/deadlines", api.tokenFor(moving.parentEmail()));

    JsonNode transfer = null;
    for (JsonNode d : list.json().get("items")) {
      if (d.get("kind").asString().equals("PHASE_TRANSFER")
          && d.get("childId").asString().equals(moving.id().toString())) {
        transfer = d;
      }
    }
    assertThat(transfer).as(list.body()).isNotNull();
    assertThat(transfer.get("due").asString())
        .isEqualTo(LocalDate.of(moveYear, Month.FEBRUARY, 15).toString());
    assertThat(transfer.get("owner").asString()).isEqualTo("LOCAL_AUTHORITY");
    assertThat(context.getBean(AnnualReviewDeadlines.class).forNotices(TODAY))
        .as("the job that sends the letters sees it too")
        .anyMatch(d -> d.kind() == DeadlineKind.PHASE_TRANSFER && d.childId().equals(moving.id()));
  }

  @Test
  void whenThePlanEndsTheNextReviewWaitsPausedWithItsReasonInsteadOfFallingLate() {
    JsonNode review = recorded("{\"meetingOn\": \"2025-03-12\"}");
    assertThat(deadline(review, "ANNUAL_REVIEW").get("status").asString()).isEqualTo("MISSED");

    context
        .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .update("update child set sen_status = 'K' where id = ?", pupil.id());

    JsonNode read = api.get("/api/v1/annual-reviews/" + review.get("id").asString(), senco).json();
    JsonNode next = deadline(read, "ANNUAL_REVIEW");
    assertThat(next.get("status").asString()).isEqualTo("PAUSED");
    assertThat(next.get("pausedReason").asString())
        .contains("no longer says they have an EHC plan");
  }
}

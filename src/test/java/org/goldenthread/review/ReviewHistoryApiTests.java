package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.review.ReviewFixtures.body;
import static org.goldenthread.review.ReviewFixtures.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MutableClock;
import org.goldenthread.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * The plan as it stood on a day reads the last review known that day: held by then and recorded by
 * then. The app's clock is one the test moves on by days, in this class's own context only.
 */
@IntegrationTest
class ReviewHistoryApiTests {

  static final MutableClock CLOCK =
      new MutableClock(Instant.now().minus(Duration.ofDays(30)), ZoneId.of("Europe/London"));

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Test
  void thePlanOnADayShowsTheBreaksOfTheReviewKnownThatDay() {
    ApiClient api = new ApiClient(port);
    ReviewFixtures fixtures = new ReviewFixtures(context);
    ReviewFixtures.Planned child = fixtures.child();
    CLOCK.advance(Duration.ofMinutes(20));
    LocalDate day0 = LocalDate.now(CLOCK);
    String first = record(api, child, day0);
    missOut(first, child.words());

    CLOCK.advance(Duration.ofDays(3));
    LocalDate day3 = LocalDate.now(CLOCK);
    record(api, child, day3);

    CLOCK.advance(Duration.ofDays(2));
    // Written up on day 5: a review held on day 1, which also missed the outcome.
    missOut(record(api, child, day0.plusDays(1)), child.words());

    String senco = api.tokenFor(PlanFixtures.SENCO);
    assertThat(breaks(api.get(child.plan(), senco).json()))
        .as("now: the last review held is day 3's, which covers everything")
        .isEmpty();
    JsonNode onDay0 = api.get(child.plan() + "/history?at=" + day0, senco).json();
    assertThat(breaks(onDay0)).containsExactly("OUTCOME_NOT_REVIEWED " + child.words());
    JsonNode onDay2 = api.get(child.plan() + "/history?at=" + day0.plusDays(2), senco).json();
    assertThat(onDay2.get("breaks").get(0).get("message").asString())
        .as("day 1's review was not recorded until day 5")
        .contains("The last review, on " + new Dates().date(day0) + ",");
    assertThat(breaks(api.get(child.plan() + "/history?at=" + day3, senco).json())).isEmpty();
  }

  private String record(ApiClient api, ReviewFixtures.Planned child, LocalDate heldOn) {
    ApiClient.Response response =
        api.post(
            child.reviews(),
            api.tokenFor(PlanFixtures.SENCO),
            body(
                heldOn,
                heldOn.plusWeeks(12),
                "CONTINUE",
                entry(child.friends(), "IN_PROGRESS", "Seen at breaktime"),
                entry(child.words(), "NOT_STARTED", "Not yet")));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  /** Takes an outcome's entry out of a review, as a review made elsewhere might lack it. */
  private void missOut(String reviewId, UUID outcome) {
    jdbc.update(
        "delete from plan_review_progress where review_id = ? and outcome_id = ?",
        UUID.fromString(reviewId),
        outcome);
  }

  private static List<String> breaks(JsonNode plan) {
    List<String> breaks = new ArrayList<>();
    plan.get("breaks")
        .forEach(b -> breaks.add(b.get("kind").asString() + " " + b.get("itemId").asString()));
    return breaks;
  }
}

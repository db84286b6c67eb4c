package org.goldenthread.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.PlanFixtures;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.goldenthread.web.Dates;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The review pages: the list, recording a review with its errors, and one review. */
@IntegrationTest
class ReviewPagesTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Reviews reviews;
  ReviewFixtures fixtures;
  PageSession senco;
  ReviewFixtures.Planned child;

  @BeforeEach
  void signIn() {
    fixtures = new ReviewFixtures(context);
    child = fixtures.child();
    senco = new PageSession(port);
    senco.signIn(PlanFixtures.SENCO, ApiClient.DEMO_PASSWORD);
  }

  private String reviewsPath() {
    return "/children/" + child.id() + "/reviews";
  }

  @Test
  void theSencoRecordsAReviewAfterPuttingRightWhatTheFormSaid() {
    Page childPage = senco.get("/children/" + child.id());
    assertThat(childPage.document().select("a[href=" + reviewsPath() + "]").text())
        .isEqualTo("Reviews of the plan");
    Page list = senco.get(reviewsPath());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.document().select("#no-reviews").text())
        .isEqualTo("No reviews have been recorded yet.");

    Page form = senco.get(list.document().select("a.govuk-button").attr("href"));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("h1").text()).isEqualTo("Record a review");
    Element first = form.document().getElementById("outcome-" + child.friends());
    assertThat(first.text())
        .contains(
            "Outcome 1",
            "Plays with two friends at breaktime",
            "Seen on four days out of five",
            new Dates().date(ReviewFixtures.TARGET),
            "Not started");
    assertThat(form.document().getElementById("outcome-" + child.words()).text())
        .contains("Outcome 2", "Asks to join a game in her own words");
    assertThat(form.document().select("label[for=decision]").text())
        .isEqualTo("Keep going with the plan as it is");
    assertThat(form.document().select("label[for=decision-3]").text())
        .isEqualTo("Ask the council for an EHC needs assessment");

    Map<String, String> typed = fields("31", "2", "2026");
    typed.put("progress[0].status", "IN_PROGRESS");
    typed.put("progress[0].evidence", "Plays with Maya most days");
    typed.put("progress[1].evidence", "");
    typed.put("parentView", "She talks about her friends at tea time");
    Page refused = senco.submit(form, "main form", typed);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().title()).startsWith("Error: Record a review");
    assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly(
            "#heldOn.day",
            "#progress1.status",
            "#progress1.evidence",
            "#decision",
            "#nextReviewOn.day");
    assertThat(refused.document().select(".govuk-error-summary a").eachText())
        .contains(
            "The date the review was held must be a real date, like 20 11 2026",
            "Choose how far outcome 2 has come",
            "Enter the evidence of progress towards outcome 2",
            "Choose what the review decided");
    assertThat(refused.document().getElementById("progress1.status-error").text())
        .contains("Choose how far outcome 2 has come");
    assertThat(refused.document().getElementById("progress0.evidence").text())
        .isEqualTo("Plays with Maya most days");
    assertThat(refused.document().getElementById("progress0.status").hasAttr("checked")).isFalse();
    assertThat(refused.document().select("input[name=progress[0].status][checked]").val())
        .isEqualTo("IN_PROGRESS");
    assertThat(refused.document().getElementById("parentView").text())
        .isEqualTo("She talks about her friends at tea time");
    assertThat(refused.document().getElementById("heldOn.day").val()).isEqualTo("31");
    assertThat(reviews.list(fixtures.asSenco(child.id()))).isEmpty();

    typed.putAll(fields(TODAY));
    typed.put("progress[1].status", "NOT_STARTED");
    typed.put("progress[1].evidence", "We start on this next term");
    typed.put("decision", "CONTINUE");
    typed.put("childView", "I like the lunch club.\nI want to go to the park with Maya.");
    typed.put("childViewGatheredBy", "With her teaching assistant, using a symbol scale");
    Page recorded = senco.submit(refused, "main form", typed);

    assertThat(recorded.status()).isEqualTo(302);
    assertThat(recorded.location()).contains(reviewsPath() + "/");
    Page shown = senco.get(recorded.location());
    assertThat(shown.document().select(".govuk-notification-banner--success").text())
        .contains("The review has been recorded");
    assertThat(shown.document().select("h1").text())
        .isEqualTo("Review held on " + new Dates().date(TODAY));
    String record = shown.document().select(".app-review-record").text();
    assertThat(record)
        .contains(
            "Plays with two friends at breaktime",
            "In progress",
            "Plays with Maya most days",
            "We start on this next term",
            "Keep going with the plan as it is",
            "With her teaching assistant, using a symbol scale",
            "Recorded by Helen Carter");
    assertThat(shown.document().select(".app-review-record__views p").eachText())
        .contains("I like the lunch club.", "I want to go to the park with Maya.");

    Page again = senco.get(reviewsPath());
    assertThat(again.document().select("#reviews tbody tr").text())
        .contains(new Dates().date(TODAY), "Keep going with the plan as it is", "Helen Carter");
    assertThat(again.document().select("#next-review").text())
        .contains("The next review is due by " + new Dates().date(TODAY.plusWeeks(12)));
  }

  @Test
  void theParentSeesTheReviewsButNoWayToRecordOne() {
    reviews.record(
        fixtures.asSenco(child.id()),
        new ReviewInput(
            TODAY.minusDays(1),
            java.util.List.of(
                new ReviewInput.Progress(child.friends(), OutcomeStatus.IN_PROGRESS, "Seen"),
                new ReviewInput.Progress(child.words(), OutcomeStatus.NOT_STARTED, "Not yet")),
            null,
            null,
            null,
            ReviewDecision.ADJUST,
            "Add a lunchtime club",
            TODAY.plusWeeks(10)));
    PageSession parent = new PageSession(port);
    parent.signIn(child.child().parentEmail(), ApiClient.DEMO_PASSWORD);

    Page list = parent.get(reviewsPath());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.document().select("#reviews tbody tr").text()).contains("Change the plan");
    assertThat(list.document().select("a[href$=/reviews/new]")).isEmpty();
    assertThat(parent.get(reviewsPath() + "/new").status()).isEqualTo(403);

    Page shown = parent.get(list.document().select("#reviews tbody a").attr("href"));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.document().select(".app-review-record__views").text())
        .contains("The parents’ view Not recorded", "The child’s view Not recorded");
    assertThat(shown.document().select(".app-review-record__decision").text())
        .contains("Change the plan", "Add a lunchtime club");

    PageSession stranger = new PageSession(port);
    stranger.signIn("other.parent@example.org", ApiClient.DEMO_PASSWORD);
    assertThat(stranger.get(reviewsPath()).status()).isEqualTo(404);
  }

  private static Map<String, String> fields(String day, String month, String year) {
    Map<String, String> fields = new HashMap<>();
    fields.put("heldOn.day", day);
    fields.put("heldOn.month", month);
    fields.put("heldOn.year", year);
    fields.put("nextReviewOn.day", "");
    fields.put("nextReviewOn.month", "");
    fields.put("nextReviewOn.year", "");
    return fields;
  }

  private static Map<String, String> fields(LocalDate heldOn) {
    Map<String, String> fields =
        fields(
            Integer.toString(heldOn.getDayOfMonth()),
            Integer.toString(heldOn.getMonthValue()),
            Integer.toString(heldOn.getYear()));
    LocalDate next = heldOn.plusWeeks(12);
    fields.put("nextReviewOn.day", Integer.toString(next.getDayOfMonth()));
    fields.put("nextReviewOn.month", Integer.toString(next.getMonthValue()));
    fields.put("nextReviewOn.year", Integer.toString(next.getYear()));
    return fields;
  }
}

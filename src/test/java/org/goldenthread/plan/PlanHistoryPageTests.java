package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.goldenthread.IntegrationTest;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.Accounts;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.MutableClock;
import org.goldenthread.support.PageSession;
import org.goldenthread.support.PageSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The page of the plan as it stood on a day. The app's clock is one the test moves on by days (in
 * this class's own context), so that the plan changes on different days.
 */
@IntegrationTest
class PlanHistoryPageTests {

  static final MutableClock CLOCK = new MutableClock(Instant.now(), ZoneId.of("Europe/London"));

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired ChildAccess access;
  @Autowired Accounts accounts;

  @Test
  void thePageShowsThePlanAsItWasWithItsEarlierWordsAndNothingToChange() {
    PlanFixtures.Fresh child = new PlanFixtures(context).child();
    AccessibleChild asSenco =
        access.open(accounts.findByEmail(PlanFixtures.SENCO).orElseThrow(), child.id());
    PlanItem need =
        plans.add(
            asSenco,
            new ItemInput.Need(
                "Needs time to find her words",
                AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                null,
                null));
    LocalDate firstDay = LocalDate.now(CLOCK);
    CLOCK.advance(Duration.ofDays(3));
    plans.update(
        asSenco,
        need.id(),
        need.version(),
        new ItemInput.Need(
            "Needs time and pictures to find her words",
            AreaOfNeed.COMMUNICATION_AND_INTERACTION,
            null,
            null));

    PageSession senco = new PageSession(port);
    senco.signIn(PlanFixtures.SENCO, ApiClient.DEMO_PASSWORD);
    String history = "/children/" + child.id() + "/plan/history";
    Page form = senco.get(history);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("h1").text()).isEqualTo("The plan as it was on a date");
    assertThat(form.document().getElementById("thread")).isNull();

    Page typed =
        senco.get(
            history
                + "?at.day="
                + firstDay.getDayOfMonth()
                + "&at.month="
                + firstDay.getMonthValue()
                + "&at.year="
                + firstDay.getYear());
    assertThat(typed.status()).isEqualTo(302);
    assertThat(typed.location()).endsWith(history + "?at=" + firstDay);

    Page then = senco.get(typed.location());
    Element banner = then.document().getElementById("as-it-was");
    assertThat(banner.text())
        .contains("The plan as it was on " + new org.goldenthread.web.Dates().date(firstDay))
        .contains("It cannot be changed.");
    assertThat(then.document().getElementById("not-joined-up").text())
        .contains("Needs time to find her words")
        .doesNotContain("pictures");
    assertThat(
            then.document()
                .select("#thread a, #not-joined-up a, #breaks a[href*=/new]")
                .not("[href^=/glossary/]"))
        .as("nothing to change in the past (the glossary's links only explain its words)")
        .isEmpty();
    assertThat(then.document().getElementById("at.day").val())
        .isEqualTo(Integer.toString(firstDay.getDayOfMonth()));

    Page now = senco.get(history + "?at=" + LocalDate.now(CLOCK));
    assertThat(now.document().getElementById("not-joined-up").text())
        .contains("Needs time and pictures to find her words");

    Page wrong = senco.get(history + "?at.day=31&at.month=2&at.year=2026");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.document().select("#at-error").text())
        .contains("Enter a real date, like 1 3 2026");
    assertThat(wrong.document().title()).startsWith("Error: ");
    assertThat(wrong.document().getElementById("at.day").val()).isEqualTo("31");
    Page future = senco.get(history + "?at=" + LocalDate.now(CLOCK).plusDays(1));
    assertThat(future.document().select("#at-error").text())
        .contains("Enter today’s date or a day in the past");

    Page before = senco.get(history + "?at=" + firstDay.minusDays(1));
    assertThat(before.document().select("main").text())
        .contains("There was nothing in the plan on that day.");
    assertThat(List.of(before.status(), then.status())).containsOnly(200);
  }
}

package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The rights calculator page: the question, the answer in plain words, and errors by the field. */
@WebMvcTest(CalculatorPageController.class)
@Import(CalculatorSlice.class)
class CalculatorPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean BankHolidays holidays;

  @BeforeEach
  void shippedHolidays() {
    ShippedCalendar.stub(holidays);
  }

  private Document ask(String query) throws Exception {
    return Slices.show(mvc, PARENT, "/deadlines/calculator" + query);
  }

  @Test
  void offersEveryKindThatFollowsFromDatesWithTheDateItCountsFrom() throws Exception {
    Document page = ask("");

    assertThat(page.select("h1").text()).isEqualTo("Work out a deadline");
    assertThat(page.select("input[name=kind]")).hasSize(15);
    assertThat(page.select("input[name=kind]").eachAttr("value"))
        .contains("APPEAL", "FINAL_PLAN", "ANNUAL_REVIEW")
        .doesNotContain(
            "ACTION", "REQUEST_ANSWER", "CONCERN_ANSWER", "EVIDENCE_RESPONSE", "MEETING_CADENCE");
    Element appeal = page.selectFirst("input[value=APPEAL]");
    assertThat(page.selectFirst("label[for=" + appeal.id() + "]").text())
        .isEqualTo("The last day to appeal to the SEND Tribunal");
    assertThat(page.getElementById(appeal.attr("aria-describedby")).text())
        .contains("date on the decision letter");
    assertThat(page.select("label[for=on.day]").text()).isEqualTo("Day");
    assertThat(page.select("#answer, .govuk-error-summary")).isEmpty();
  }

  @Test
  void aRequestOn5January2026GivesTheFinalPlanBy25MayWithTheNextWorkingDay() throws Exception {
    Document page = ask("?kind=FINAL_PLAN&on.day=5&on.month=1&on.year=2026");

    assertThat(page.select("#answer strong").text()).isEqualTo("Monday 25 May 2026");
    assertThat(page.text())
        .contains("within 20 weeks of the request")
        .contains("Monday 25 May 2026 is a weekend or a bank holiday")
        .contains("The next working day is Tuesday 26 May 2026")
        .contains("The local authority");
    assertThat(page.select("dd").eachText()).contains("Tuesday 26 May 2026");
    assertThat(page.select("input[value=FINAL_PLAN]").attr("checked")).isEqualTo("checked");
    assertThat(page.select("input[name=on.year]").val()).isEqualTo("2026");
  }

  @Test
  void anAppealAtChristmasMovesAfterNewYearAndSaysWhy() throws Exception {
    Document page = ask("?kind=APPEAL&on.day=26&on.month=10&on.year=2026");

    assertThat(page.select("#answer strong").text()).isEqualTo("Monday 4 January 2027");
    assertThat(page.text()).contains("between 25 December and 1 January");
    assertThat(page.text()).contains("This date has not passed yet.");
  }

  @Test
  void aLaterCertificateAndAnUnderFiveAreUsedOnlyWhereTheyCount() throws Exception {
    Document appeal =
        ask(
            "?kind=APPEAL&on.day=5&on.month=1&on.year=2026"
                + "&certificateOn.day=20&certificateOn.month=2&certificateOn.year=2026");
    assertThat(appeal.select("#answer strong").text()).isEqualTo("Friday 20 March 2026");

    Document review =
        ask(
            "?kind=ANNUAL_REVIEW&on.day=15&on.month=9&on.year=2026"
                + "&dateOfBirth.day=1&dateOfBirth.month=6&dateOfBirth.year=2023");
    assertThat(review.select("#answer strong").text()).isEqualTo("Monday 15 March 2027");
    assertThat(review.text()).contains("under 5");

    Document ignored =
        ask(
            "?kind=DECISION_TO_ASSESS&on.day=5&on.month=1&on.year=2026"
                + "&dateOfBirth.day=1&dateOfBirth.month=6&dateOfBirth.year=2030");
    assertThat(ignored.select("#answer strong").text()).isEqualTo("Monday 16 February 2026");
  }

  @Test
  void aDatePastSaysSoAndADateBeyondTheHolidaysWarns() throws Exception {
    Document past = ask("?kind=DECISION_TO_ASSESS&on.day=5&on.month=1&on.year=2026");
    assertThat(past.text()).contains("This date has passed.");

    Document beyond = ask("?kind=FINAL_PLAN&on.day=2&on.month=10&on.year=2028");
    assertThat(beyond.select(".govuk-warning-text").text())
        .contains("We do not have the bank holidays for this date yet");
    assertThat(beyond.text()).contains("We only have the bank holidays for 2025 to 2028");
  }

  @Test
  void nothingChosenAndNoDateAreErrorsLinkedToTheirFields() throws Exception {
    Document page = ask("?kind=&on.day=&on.month=&on.year=");

    assertThat(page.title()).startsWith("Error:");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#kind", "#on.day");
    assertThat(page.select("#kind-error").text()).contains("Choose what you want to work out");
    assertThat(page.select("#on-error").text()).contains("Enter the date the deadline counts from");
    assertThat(page.select("#answer")).isEmpty();
  }

  @Test
  void aDateGivenWholeInTheAddressFillsTheBoxesAndAnyOtherIsAnError() throws Exception {
    Document whole = ask("?kind=FINAL_PLAN&on=2026-01-05");
    assertThat(whole.select("#answer strong").text()).isEqualTo("Monday 25 May 2026");
    assertThat(whole.select("input[name=on.day]").val()).isEqualTo("05");

    for (String query : new String[] {"?on=2026-01-05", "?kind=APPEAL&on=2026-02-30", "?on=soon"}) {
      Document page = ask(query);
      assertThat(page.title()).as(query).startsWith("Error:");
      assertThat(page.select("#answer")).as(query).isEmpty();
    }
    assertThat(ask("?kind=APPEAL&on=2026-02-30").select("#on-error").text())
        .contains("Enter a real date");
  }

  @Test
  void hostileOrImpossibleInputIsAnErrorKeptAsTyped() throws Exception {
    Document page =
        ask(
            "?kind=%3Cscript%3E&on.day=31&on.month=2&on.year=2026"
                + "&certificateOn.day=%00&certificateOn.month=1&certificateOn.year=2026");

    assertThat(page.select("#kind-error").text()).contains("Choose what you want to work out");
    assertThat(page.select("#on-error").text()).contains("Enter a real date");
    assertThat(page.select("#certificateOn-error").text()).contains("Enter a real date");
    assertThat(page.select("input[name=on.day]").val()).isEqualTo("31");
    assertThat(page.select("script:containsData(<script>)")).isEmpty();
  }

  @Test
  void aCertificateBeforeTheDecisionAndABirthAfterTheEventAreRefused() throws Exception {
    Document appeal =
        ask(
            "?kind=APPEAL&on.day=5&on.month=1&on.year=2026"
                + "&certificateOn.day=4&certificateOn.month=1&certificateOn.year=2026");
    assertThat(appeal.select("#certificateOn-error").text()).contains("on or after");

    Document review =
        ask(
            "?kind=ANNUAL_REVIEW&on.day=5&on.month=1&on.year=2026"
                + "&dateOfBirth.day=6&dateOfBirth.month=1&dateOfBirth.year=2026");
    assertThat(review.select("#dateOfBirth-error").text()).contains("on or before");
  }
}

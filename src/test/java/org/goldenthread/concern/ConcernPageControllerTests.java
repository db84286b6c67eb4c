package org.goldenthread.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Raising a concern and reading one: the form with its labels and hints, problems beside their
 * fields, the path so far (raised, meeting, decision with reasons), the link to book the
 * first-concern meeting and the decision form for the SENCO only, and a decision made without a
 * meeting saying so.
 */
@WebMvcTest(ConcernPageController.class)
@Import(Slices.Pages.class)
class ConcernPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Concerns concerns;
  @MockitoBean ConcernDecisions decisions;

  AccessibleChild sarah;
  AccessibleChild asSenco;
  ConcernView open;
  ConcernView late;
  String base;

  @BeforeEach
  void sarahsConcerns() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(access.open(eq(SENCO), eq(sarah.id()))).willReturn(asSenco);
    open = ConcernViews.open(sarah);
    late = ConcernViews.late(sarah, UUID.randomUUID());
    base = "/children/" + sarah.id() + "/concerns";
    given(concerns.mayRaise(any())).willReturn(true);
    given(concerns.get(any(), eq(open.id()))).willReturn(open);
    given(concerns.get(any(), eq(late.id()))).willReturn(late);
    given(concerns.mayDecide(eq(asSenco), any())).willReturn(true);
    given(concerns.decisionsFor(asSenco)).willReturn(EnumSet.allOf(ConcernDecision.class));
    given(decisions.meetingsFor(any(), any())).willReturn(List.of());
    given(decisions.mayBookMeeting(asSenco)).willReturn(true);
  }

  @Test
  void theFormAsksFourQuestionsWithTheirHints() throws Exception {
    Document page = Slices.show(mvc, PARENT, base + "/new");

    assertThat(page.select("h1").text()).isEqualTo("Raise a concern");
    assertThat(page.select("label[for=noticed]").text()).isEqualTo("What have you noticed?");
    assertThat(page.select("label[for=examples]").text()).isEqualTo("Examples");
    assertThat(page.select("label[for=tried]").text()).isEqualTo("What has been tried so far?");
    assertThat(page.select("label[for=childSays]").text()).isEqualTo("What does the child say?");
    assertThat(page.select("textarea#noticed").attr("aria-describedby")).isEqualTo("noticed-hint");
    assertThat(page.select("main").text()).contains("within 15 school days");
    assertThat(page.select("main form").attr("action")).isEqualTo(base);
  }

  @Test
  void aConcernRaisedGoesToItsPageAndAProblemIsShownBesideItsField() throws Exception {
    given(concerns.raise(sarah, new ConcernInput("Reading", "", "", ""))).willReturn(open);
    mvc.perform(
            Slices.form(
                PARENT, base, "noticed", "Reading", "examples", "", "tried", "", "childSays", ""))
        .andExpect(redirectedUrl(base + "/" + open.id()));

    given(concerns.raise(sarah, new ConcernInput("", "x".repeat(3), null, null)))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("noticed", "concern.error.noticed"),
                    new FieldMessage("examples", "concern.error.tooLong.examples"))));
    Document refused = Slices.submit(mvc, PARENT, base, "noticed", "", "examples", "xxx");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#noticed Write what you have noticed",
            "#examples This is too long. Shorten it to 10,000 characters or fewer.");
    assertThat(refused.select("#noticed-error").text()).contains("Write what you have noticed");
    assertThat(refused.select("textarea#examples").text()).isEqualTo("xxx");
  }

  @Test
  void theFamilySeesThePathSoFarAndNoFormToDecide() throws Exception {
    Document page = Slices.show(mvc, PARENT, base + "/" + late.id());

    assertThat(page.select("h1").text()).startsWith("Concern raised on");
    assertThat(page.select("#stands").text()).contains("Late");
    assertThat(page.select("#path").text())
        .contains("Concern raised by Tom Reid (school staff)", "First-concern meeting held on");
    assertThat(page.select("#no-decision").text()).contains("There is no decision yet", "SENDIASS");
    assertThat(page.select("#decision-form")).isEmpty();
    assertThat(page.select("#book")).isEmpty();
    assertThat(page.select("form[action$=/decision]")).isEmpty();
  }

  @Test
  void theSencoBooksTheMeetingWithItsKindChosenAndDecides() throws Exception {
    Document form = Slices.show(mvc, SENCO, base + "/" + open.id());
    assertThat(form.select("#book a").attr("href"))
        .isEqualTo("/children/" + sarah.id() + "/meetings/new?kind=FIRST_CONCERN");
    assertThat(form.select("#decision-form legend").eachText())
        .contains(
            "What have you decided?",
            "When will you look at it again together?",
            "Where was this decided?");
    assertThat(form.select("input[name=decision]").eachAttr("value"))
        .containsExactly("MONITOR", "SEN_SUPPORT", "REQUEST_EHC_ASSESSMENT");
    assertThat(form.select("input[name=meetingId]").eachAttr("value")).containsExactly("NONE");
    assertThat(form.select("label[for=reasons]").text()).isEqualTo("Your reasons");
    assertThat(form.select("input[type=hidden][name=version]").val()).isEqualTo("0");

    DecisionInput decision =
        new DecisionInput(
            ConcernDecision.MONITOR,
            "Watch it",
            Slices.TODAY.plusWeeks(6),
            null,
            true,
            "after a phone call with Claire");
    given(decisions.decide(asSenco, open.id(), decision, 0L))
        .willReturn(ConcernViews.monitoredAfterACall(open));
    LocalDateParts review = new LocalDateParts(Slices.TODAY.plusWeeks(6));
    mvc.perform(
            Slices.form(
                SENCO,
                base + "/" + open.id() + "/decision",
                "decision",
                "MONITOR",
                "reasons",
                "Watch it",
                "reviewOn.day",
                review.day,
                "reviewOn.month",
                review.month,
                "reviewOn.year",
                review.year,
                "meetingId",
                "NONE",
                "how",
                "after a phone call with Claire",
                "version",
                "0"))
        .andExpect(redirectedUrl(base + "/" + open.id()));

    given(concerns.get(any(), eq(open.id()))).willReturn(ConcernViews.monitoredAfterACall(open));
    Document decided = Slices.show(mvc, PARENT, base + "/" + open.id());
    assertThat(decided.select("#decided").text()).isEqualTo("Keep an eye on it and look again");
    assertThat(decided.select("#reasons").text())
        .isEqualTo("We will watch her reading for half a term.");
    assertThat(decided.select("#how-decided").text())
        .isEqualTo("This was decided without a meeting: after a phone call with Claire.");
    assertThat(decided.select("#review-on").text())
        .startsWith("We will look at it again together by");
    assertThat(decided.select("#path").text())
        .contains("(made without a meeting: after a phone call with Claire)");
  }

  @Test
  void aDecisionAtTheMeetingSaysSoAndMarkupIsShownAsWords() throws Exception {
    given(concerns.get(any(), eq(late.id()))).willReturn(ConcernViews.decided(late));
    Document page = Slices.show(mvc, PARENT, base + "/" + late.id());

    assertThat(page.select("#decided").text()).isEqualTo("Start SEN support");
    assertThat(page.select("#how-decided").text())
        .isEqualTo("This was decided at the first-concern meeting.");
    assertThat(page.select("#stands").text()).contains("Decided late");
    assertThat(page.select("#path a[href$=/plan]")).hasSize(1);

    Document words = Slices.show(mvc, PARENT, base + "/" + open.id());
    assertThat(words.select("#noticed").text()).contains("Sarah finds <b>reading</b> hard.");
    assertThat(words.select("#noticed b")).isEmpty();
  }

  @Test
  void anOfficerWhoDecidesButDoesNotArrangeMeetingsIsNotOfferedTheBooking() throws Exception {
    CurrentUser officer = TestDoor.person("Priya Shah", Role.AUTHORITY_OFFICER);
    AccessibleChild asOfficer = TestDoor.sameChild(sarah, officer, Relationship.AUTHORITY_OFFICER);
    given(access.open(eq(officer), eq(sarah.id()))).willReturn(asOfficer);
    given(concerns.mayDecide(eq(asOfficer), any())).willReturn(true);
    given(concerns.decisionsFor(asOfficer))
        .willReturn(EnumSet.of(ConcernDecision.REQUEST_EHC_ASSESSMENT));

    Document page = Slices.show(mvc, officer, base + "/" + open.id());

    assertThat(page.select("#book")).isEmpty();
    assertThat(page.select("input[name=decision]").eachAttr("value"))
        .containsExactly("REQUEST_EHC_ASSESSMENT");
  }

  @Test
  void aDecisionWithoutReasonsIsShownBesideItsField() throws Exception {
    given(decisions.decide(eq(asSenco), eq(open.id()), any(), eq(0L)))
        .willThrow(ValidationProblem.of("reasons", "concern.error.reasons"));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            base + "/" + open.id() + "/decision",
            "decision",
            "SEN_SUPPORT",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#reasons Write your reasons");
    assertThat(page.select("#reasons-error").text()).contains("Write your reasons");
    assertThat(page.select("input[name=decision][checked]").val()).isEqualTo("SEN_SUPPORT");
  }

  @Test
  void aStrangerIsTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get(base + "/new").with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + open.id()).with(user(stranger))).andExpect(status().isNotFound());
    verify(concerns, never()).get(any(), any());
  }

  /** A date as typed in the three boxes. */
  private record LocalDateParts(String day, String month, String year) {
    LocalDateParts(java.time.LocalDate date) {
      this(
          Integer.toString(date.getDayOfMonth()),
          Integer.toString(date.getMonthValue()),
          Integer.toString(date.getYear()));
    }
  }
}

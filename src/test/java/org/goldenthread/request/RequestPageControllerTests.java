package org.goldenthread.request;

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

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A child's requests in writing: the list and the form to make one, one request with its answer and
 * the time taken, what the family can do when it is late, and the owner's form to answer.
 */
@WebMvcTest(RequestPageController.class)
@Import(Slices.Pages.class)
class RequestPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean WrittenRequests requests;

  AccessibleChild sarah;
  AccessibleChild asSenco;
  RequestView open;
  RequestView late;
  String list;

  @BeforeEach
  void sarahsRequests() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(access.open(eq(SENCO), eq(sarah.id()))).willReturn(asSenco);
    open = RequestViews.open(sarah);
    late = RequestViews.late(sarah);
    list = "/children/" + sarah.id() + "/requests";
    given(requests.forChild(any(), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(late, open), 0, 200, 2));
    given(requests.mayMake(sarah)).willReturn(true);
    given(requests.get(any(), eq(late.id()))).willReturn(late);
    given(requests.get(any(), eq(open.id()))).willReturn(open);
    given(requests.mayAnswer(eq(asSenco), any())).willReturn(true);
  }

  private static int anyInt() {
    return org.mockito.ArgumentMatchers.anyInt();
  }

  @Test
  void theListShowsEachRequestWithItsTagAndTheFormToMakeOne() throws Exception {
    Document page = Slices.show(mvc, PARENT, list);

    assertThat(page.select("h1").text()).isEqualTo("Requests in writing for Sarah Bennett");
    assertThat(page.select("#request-" + late.id()).text())
        .contains("A change to provision", "The school", "Late", "Waiting for 30 days")
        .contains("9 days past the date the answer was due");
    assertThat(page.select("#request-" + open.id()).text())
        .contains("A meeting", "Waiting for an answer", "10 days left");
    assertThat(page.select("td[data-label]")).isNotEmpty();
    assertThat(page.select("input[name=kind]").eachAttr("id"))
        .containsExactly("kind", "kind-2", "kind-3", "kind-4", "kind-5", "kind-6");
    assertThat(page.select("label[for=kind-2]").text()).isEqualTo("An EHC needs assessment");
    assertThat(page.select("input[name=to]").eachAttr("value"))
        .containsExactly("SCHOOL", "LOCAL_AUTHORITY");
    assertThat(page.select("label[for=text]").text()).isEqualTo("Your request");
    assertThat(page.select("textarea#text").attr("aria-describedby")).isEqualTo("text-hint");
  }

  @Test
  void aRequestMadeGoesToItsPageAndAProblemIsShownBesideItsField() throws Exception {
    given(
            requests.make(
                sarah, new RequestInput(RequestKind.MEETING, RequestTo.SCHOOL, "Please meet")))
        .willReturn(open);
    mvc.perform(Slices.form(PARENT, list, "kind", "MEETING", "to", "SCHOOL", "text", "Please meet"))
        .andExpect(redirectedUrl(list + "/" + open.id()));

    given(requests.make(sarah, new RequestInput(null, null, "")))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("kind", "request.error.kind"),
                    new FieldMessage("to", "request.error.to"),
                    new FieldMessage("text", "request.error.text"))));
    Document refused = Slices.submit(mvc, PARENT, list, "text", "");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#kind Choose what you are asking for",
            "#to Choose who you are asking: the school or the local authority",
            "#text Write what you are asking for");
    assertThat(refused.select("#text-error").text()).contains("Write what you are asking for");
    assertThat(refused.select("#kind-error").text()).contains("Choose what you are asking for");
  }

  @Test
  void theFamilySeesALateRequestWithWhatTheyCanDoAndNoFormToAnswer() throws Exception {
    Document page = Slices.show(mvc, PARENT, list + "/" + late.id());

    assertThat(page.select("h1").text()).isEqualTo("Request: A change to provision");
    assertThat(page.select("#stands").text()).contains("Late", "9 days past the date");
    assertThat(page.select("#answer").text()).contains("There is no answer yet", "complaints");
    assertThat(page.select("#answer").text()).contains("SENDIASS");
    assertThat(page.select("#answer-form")).isEmpty();
    assertThat(page.select("form[action$=/answer]")).isEmpty();
  }

  @Test
  void theSencoAnswersAndTheAnswerShowsTheTimeTakenInWords() throws Exception {
    Document form = Slices.show(mvc, SENCO, list + "/" + late.id());
    assertThat(form.select("#answer-form legend").text()).isEqualTo("What is your decision?");
    assertThat(form.select("input[name=decision]").eachAttr("value"))
        .containsExactly("AGREED", "PARTLY_AGREED", "REFUSED", "INFORMATION");
    assertThat(form.select("input[type=hidden][name=version]").val()).isEqualTo("0");
    assertThat(form.select("#next-steps, .govuk-inset-text")).isEmpty();

    AnswerInput answer = new AnswerInput("The library", RequestDecision.PARTLY_AGREED);
    given(requests.answer(asSenco, late.id(), answer, 0L))
        .willReturn(RequestViews.answeredLate(late));
    mvc.perform(
            Slices.form(
                SENCO,
                list + "/" + late.id() + "/answer",
                "decision",
                "PARTLY_AGREED",
                "text",
                "The library",
                "version",
                "0"))
        .andExpect(redirectedUrl(list + "/" + late.id()));

    given(requests.get(any(), eq(late.id()))).willReturn(RequestViews.answeredLate(late));
    Document answered = Slices.show(mvc, PARENT, list + "/" + late.id());
    assertThat(answered.select("#stands").text())
        .contains("Answered late", "Answered in 30 days \u2014 9 days after it was due");
    assertThat(answered.select("#decision").text()).isEqualTo("Partly agreed");
    assertThat(answered.select("#answer").text())
        .contains("We can offer the library at lunchtime.", "Answered by Helen Carter");
  }

  @Test
  void anAnswerWithoutADecisionIsShownBesideItsField() throws Exception {
    given(requests.answer(asSenco, late.id(), new AnswerInput("Hmm", null), 0L))
        .willThrow(ValidationProblem.of("decision", "request.error.decision"));

    Document page =
        Slices.submit(
            mvc, SENCO, list + "/" + late.id() + "/answer", "text", "Hmm", "version", "0");

    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#decision Choose your decision");
    assertThat(page.select("#decision-error").text()).contains("Choose your decision");
    assertThat(page.select("textarea#text").text()).isEqualTo("Hmm");
  }

  @Test
  void markupInARequestIsShownAsWords() throws Exception {
    Document page = Slices.show(mvc, PARENT, list + "/" + open.id());

    assertThat(page.select("#asked").text()).contains("Please can we meet about <b>reading</b>?");
    assertThat(page.select("#asked b")).isEmpty();
  }

  @Test
  void aStrangerIsTold404() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(list + "/" + late.id()).with(user(stranger))).andExpect(status().isNotFound());
    verify(requests, never()).get(any(), any());
  }

  @Test
  void anAnswerSentAfterAnotherIsKeptOnThePageForCopying() throws Exception {
    RequestView answered = RequestViews.answeredLate(late);
    given(
            requests.answer(
                asSenco,
                late.id(),
                new AnswerInput("Not the library", RequestDecision.REFUSED),
                0L))
        .willThrow(new org.springframework.web.ErrorResponseException(HttpStatus.CONFLICT));
    given(requests.get(any(), eq(late.id()))).willReturn(late, answered);
    given(requests.mayAnswer(asSenco, answered)).willReturn(false);

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list + "/" + late.id() + "/answer",
            "decision",
            "REFUSED",
            "text",
            "Not the library",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("This request has already been answered");
    assertThat(page.select("#answer-form")).isEmpty();
    assertThat(page.select("#your-changes").text())
        .contains("The changes you made, which have not been saved", "Refused", "Not the library");
    assertThat(page.select("#answer").text()).contains("We can offer the library at lunchtime.");
  }

  @Test
  void anAnswerFromAStaleCopyStaysInTheFormAgainstTheLatestVersion() throws Exception {
    given(
            requests.answer(
                asSenco, late.id(), new AnswerInput("Mondays", RequestDecision.AGREED), 0L))
        .willThrow(new EditConflict());
    given(requests.get(any(), eq(late.id()))).willReturn(late, RequestViews.atVersion(late, 4L));

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list + "/" + late.id() + "/answer",
            "decision",
            "AGREED",
            "text",
            "Mondays",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this request while you were writing");
    assertThat(page.select("#answer-form textarea#text").text()).isEqualTo("Mondays");
    assertThat(page.select("#answer-form input[value=AGREED]").hasAttr("checked")).isTrue();
    assertThat(page.select("#answer-form input[name=version]").val()).isEqualTo("4");
    assertThat(page.select("#your-changes")).isEmpty();
  }
}

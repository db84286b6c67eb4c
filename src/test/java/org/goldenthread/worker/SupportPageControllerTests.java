package org.goldenthread.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
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
 * The team around the worker's pages: the list (open first) with the way to ask, the form to ask
 * with each problem beside its field, the thread with the form to answer, and resolving from a
 * stale copy shown calmly.
 */
@WebMvcTest(SupportPageController.class)
@Import(Slices.Pages.class)
class SupportPageControllerTests {

  static final CurrentUser LEAD = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser THERAPIST = TestDoor.person("Fiona Walsh");

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean SupportRequests requests;

  AccessibleChild sarah;
  AccessibleChild asTherapist;
  SupportRequestView open;
  SupportRequestView resolved;
  String list;

  @BeforeEach
  void sarahsCase() {
    sarah =
        TestDoor.opens(
            access, LEAD, "Sarah Bennett", Relationship.SENCO, Relationship.LEAD_PROFESSIONAL);
    asTherapist = TestDoor.sameChild(sarah, THERAPIST, Relationship.TEAM_MEMBER);
    given(access.open(eq(THERAPIST), eq(sarah.id()))).willReturn(asTherapist);
    open = SupportViews.open(sarah);
    resolved = SupportViews.resolved(sarah);
    list = "/children/" + sarah.id() + "/support-requests";
    given(requests.forChild(any(), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(open, resolved), 0, 200, 2));
    given(requests.sees(any())).willReturn(true);
    given(requests.mayAsk(sarah)).willReturn(true);
    given(requests.mayResolve(sarah)).willReturn(true);
    given(requests.get(any(), eq(open.id()))).willReturn(open);
    given(requests.get(any(), eq(resolved.id()))).willReturn(resolved);
  }

  @Test
  void theListShowsOpenRequestsFirstAndTheLeadMayAsk() throws Exception {
    Document page = Slices.show(mvc, LEAD, list);

    assertThat(page.select("h1").text()).isEqualTo("Support for the team around Sarah Bennett");
    assertThat(page.select("#support-list li").eachText())
        .satisfiesExactly(
            first -> assertThat(first).contains("Open", "Sarah's worries at lunchtime", "1 answer"),
            second -> assertThat(second).contains("Resolved", "Home visit together"));
    assertThat(page.select("a#ask").attr("href")).isEqualTo(list + "/new");

    Document asMember = Slices.show(mvc, THERAPIST, list);
    assertThat(asMember.select("a#ask")).isEmpty();
  }

  @Test
  void onlyTheLeadOpensTheFormToAskAndOthersOutsideTheTeamFindNothing() throws Exception {
    Document form = Slices.show(mvc, LEAD, list + "/new");
    assertThat(form.select("input[name=kind]").eachAttr("value"))
        .containsExactly("QUESTION", "JOINT_VISIT", "SUPERVISION");
    assertThat(form.select("label[for=subject]").text()).isEqualTo("Subject");
    assertThat(form.select("#visitOn\\.day")).hasSize(1);

    given(requests.sees(asTherapist)).willReturn(true);
    mvc.perform(get(list + "/new").with(user(THERAPIST))).andExpect(status().isForbidden());

    CurrentUser parent = TestDoor.person("Claire Bennett", Role.PARENT);
    AccessibleChild asParent = TestDoor.sameChild(sarah, parent, Relationship.PARENT);
    given(access.open(eq(parent), eq(sarah.id()))).willReturn(asParent);
    given(requests.sees(asParent)).willReturn(false);
    given(requests.forChild(eq(asParent), anyInt(), anyInt())).willThrow(NotFound.error());
    mvc.perform(get(list + "/new").with(user(parent))).andExpect(status().isNotFound());
    mvc.perform(get(list).with(user(parent))).andExpect(status().isNotFound());
  }

  @Test
  void askingGoesToTheThreadAndAProblemIsShownBesideItsField() throws Exception {
    given(
            requests.ask(
                sarah,
                new SupportInput(
                    SupportKind.JOINT_VISIT, "Visit", "Come with me?", LocalDate.of(2026, 12, 1))))
        .willReturn(open);
    mvc.perform(
            Slices.form(
                LEAD,
                list,
                "kind",
                "JOINT_VISIT",
                "subject",
                "Visit",
                "text",
                "Come with me?",
                "visitOn.day",
                "1",
                "visitOn.month",
                "12",
                "visitOn.year",
                "2026"))
        .andExpect(redirectedUrl(list + "/" + open.id()));

    given(requests.ask(sarah, new SupportInput(null, null, "", null)))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("kind", "worker.error.kind"),
                    new FieldMessage("subject", "worker.error.subject"),
                    new FieldMessage("text", "worker.error.text"))));
    Document refused = Slices.submit(mvc, LEAD, list, "text", "");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#kind", "#subject", "#text");
    assertThat(refused.select("#subject-error").text()).contains("Give the request a subject");
    assertThat(refused.select("#text-error").text()).contains("Say what you would like help with");

    Document badDate =
        Slices.submit(
            mvc,
            LEAD,
            list,
            "kind",
            "JOINT_VISIT",
            "visitOn.day",
            "31",
            "visitOn.month",
            "2",
            "visitOn.year",
            "2027");
    assertThat(badDate.select("#visitOn-error").text()).contains("must be a real date");
  }

  @Test
  void theThreadShowsTheAnswersAndTheFormsForTheLead() throws Exception {
    Document page = Slices.show(mvc, LEAD, list + "/" + open.id());

    assertThat(page.select("h1").text()).isEqualTo("Sarah's worries at lunchtime");
    assertThat(page.select("#asked").text()).contains("Am I reading this <b>right</b>?");
    assertThat(page.select("#replies").text()).contains("Fiona Walsh", "Let us talk on Thursday.");
    assertThat(page.select("#reply-form textarea#text")).hasSize(1);
    assertThat(page.select("#status-form textarea#note")).hasSize(1);
    assertThat(page.select("#status-form input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("#status-form input[name=status]").val()).isEqualTo("RESOLVED");

    Document asMember = Slices.show(mvc, THERAPIST, list + "/" + open.id());
    assertThat(asMember.select("#reply-form")).hasSize(1);
    assertThat(asMember.select("#status-form")).isEmpty();

    Document done = Slices.show(mvc, LEAD, list + "/" + resolved.id());
    assertThat(done.select("#resolution").text()).contains("We visited together.");
    assertThat(done.select("#reply-form")).isEmpty();
    assertThat(done.select("#status-form input[name=status]").val()).isEqualTo("OPEN");
  }

  @Test
  void anAnswerGoesBackToTheThreadAndAnEmptyOneIsShownBesideItsField() throws Exception {
    mvc.perform(Slices.form(THERAPIST, list + "/" + open.id() + "/replies", "text", "Thursday?"))
        .andExpect(redirectedUrl(list + "/" + open.id()));
    verify(requests).reply(asTherapist, open.id(), "Thursday?");

    given(requests.reply(asTherapist, open.id(), ""))
        .willThrow(ValidationProblem.of("text", "worker.error.reply"));
    Document refused =
        Slices.submit(mvc, THERAPIST, list + "/" + open.id() + "/replies", "text", "");
    assertThat(refused.select("#text-error").text()).contains("Write your answer");
  }

  @Test
  void resolvingFromAStaleCopyIsShownCalmlyAndNothingIsSaved() throws Exception {
    given(requests.changeStatus(sarah, open.id(), SupportStatus.RESOLVED, "Talked it through", 2L))
        .willThrow(new EditConflict());
    Document page =
        Slices.submit(
            mvc,
            LEAD,
            list + "/" + open.id() + "/status",
            "status",
            "RESOLVED",
            "note",
            "Talked it through",
            "version",
            "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone changed this request since you opened it");
    assertThat(page.select("#status-form input[name=version]").val()).isEqualTo("3");
    assertThat(page.select("#status-form textarea#note").text()).isEqualTo("Talked it through");
    verify(requests, never()).reply(any(), any(), any());
  }

  @Test
  void aClosingNoteSentAfterAnotherClosedItIsKeptOnThePageForCopying() throws Exception {
    given(requests.changeStatus(sarah, open.id(), SupportStatus.RESOLVED, "All sorted now", 2L))
        .willThrow(new EditConflict());
    given(requests.get(any(), eq(open.id()))).willReturn(open, SupportViews.resolved(sarah));

    Document page =
        Slices.submit(
            mvc,
            LEAD,
            list + "/" + open.id() + "/status",
            "status",
            "RESOLVED",
            "note",
            "All sorted now",
            "version",
            "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone changed this request since you opened it");
    assertThat(page.select("#status-form textarea")).isEmpty();
    assertThat(page.select("#your-changes").text())
        .contains(
            "The changes you made, which have not been saved", "Closing note", "All sorted now");
  }
}

package org.goldenthread.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.document.DocumentRefused;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * A child's views: the list with open loops first and their age, the form with the Lundy fields in
 * plain words, one view with its response, the SENCO's form to answer it, and a conflict shown
 * calmly.
 */
@WebMvcTest(ViewPageController.class)
@Import(Slices.Pages.class)
class ViewPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser SARAH = TestDoor.person("Sarah Bennett", Role.CHILD);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Views views;
  @MockitoBean ViewSubjects subjects;

  AccessibleChild sarah;
  AccessibleChild asSenco;
  RecordedView open;
  RecordedView fedBack;
  String list;

  @BeforeEach
  void sarahsViews() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    given(access.open(eq(SENCO), eq(sarah.id()))).willReturn(asSenco);
    open = RecordedViews.open(sarah);
    fedBack = RecordedViews.fedBack(sarah);
    list = "/children/" + sarah.id() + "/views";
    given(views.allForChild(any())).willReturn(List.of(open, fedBack));
    given(views.openLoops(any())).willReturn(List.of(open));
    given(views.mayRecord(sarah)).willReturn(EnumSet.allOf(Whose.class));
    given(views.mayRecord(asSenco)).willReturn(EnumSet.allOf(Whose.class));
    given(views.mayRespond(asSenco)).willReturn(true);
    given(views.attachmentLimit()).willReturn(DataSize.ofMegabytes(20));
    given(views.get(any(), eq(open.id()))).willReturn(open);
    given(views.get(any(), eq(fedBack.id()))).willReturn(fedBack);
    given(subjects.of(any()))
        .willReturn(
            List.of(
                new ViewSubjects.Subject(
                    AboutKind.PLAN_ITEM, UUID.randomUUID(), "Outcome: Reads a short book")));
  }

  @Test
  void theListShowsOpenLoopsFirstWithTheirAgeThenThoseFedBack() throws Exception {
    Document page = Slices.show(mvc, PARENT, list);

    assertThat(page.select("h1").text()).isEqualTo("Views of Sarah Bennett and their family");
    assertThat(page.select("#open-views #view-" + open.id()).text())
        .contains("The child’s view", "Waiting for a reply", "Open for 12 days")
        .contains("I want to sit near the <b>door</b>.", "About: School life");
    assertThat(page.select("#closed-views #view-" + fedBack.id()).text())
        .contains("The family’s view", "Fed back", "Closed after 3 days");
    assertThat(page.select("a#add-view").attr("href")).isEqualTo(list + "/new");
  }

  @Test
  void theFormExplainsTheLundyFieldsAndOffersThePlanAndMeetings() throws Exception {
    Document page = Slices.show(mvc, PARENT, list + "/new");

    assertThat(page.select("h1").text()).isEqualTo("Add a view");
    assertThat(page.select("input[name=whose]").eachAttr("value"))
        .containsExactly("CHILD", "FAMILY");
    assertThat(page.select("label[for=text]").text()).isEqualTo("What was said");
    assertThat(page.select("input[name=aboutKind]").eachAttr("value"))
        .containsExactly("PLAN_ITEM", "MEETING", "SCHOOL_LIFE", "OTHER");
    assertThat(page.select("select#aboutId option").eachText())
        .containsExactly("Not about one part or meeting", "Outcome: Reads a short book");
    assertThat(page.select("input[name=method]")).hasSize(8);
    assertThat(page.select("label[for=method-6]").text()).isEqualTo("Through a trusted adult");
    assertThat(page.select("#space-hint").text()).contains("one to one");
    assertThat(page.select("label[for=audience]").text()).isEqualTo("Who heard it?");
  }

  @Test
  void aLinkFromAMeetingStartsTheFormAboutThatMeetingAndIgnoresWhatIsNotOne() throws Exception {
    UUID meeting = UUID.randomUUID();
    given(subjects.of(any()))
        .willReturn(
            List.of(
                new ViewSubjects.Subject(
                    AboutKind.MEETING, meeting, "SEN support review, 3 December 2026")));

    Document page = Slices.show(mvc, PARENT, list + "/new?aboutKind=MEETING&aboutId=" + meeting);
    assertThat(page.select("input[name=aboutKind][checked]").val()).isEqualTo("MEETING");
    assertThat(page.select("select#aboutId option[selected]").text())
        .isEqualTo("SEN support review, 3 December 2026");

    Document odd = Slices.show(mvc, PARENT, list + "/new?aboutKind=<b>&aboutId=%00x");
    assertThat(odd.select("input[name=aboutKind][checked]")).isEmpty();
    assertThat(odd.select("select#aboutId option[selected]")).isEmpty();
  }

  @Test
  void aViewSavedGoesToItsPageAndAProblemIsShownBesideItsField() throws Exception {
    given(
            views.record(
                sarah,
                new ViewInput(
                    Whose.FAMILY, "Call me", null, AboutKind.OTHER, null, "", "", null, ""),
                null))
        .willReturn(open);
    mvc.perform(
            Slices.form(
                PARENT,
                list,
                "whose",
                "FAMILY",
                "text",
                "Call me",
                "aboutKind",
                "OTHER",
                "aboutId",
                UUID.randomUUID().toString(),
                "space",
                "",
                "voice",
                "",
                "audience",
                ""))
        .andExpect(redirectedUrl(list + "/" + open.id()));

    given(views.record(eq(sarah), any(), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("whose", "voice.error.whose"),
                    new FieldMessage("text", "text.error.controlCharacter"))));
    Document refused = Slices.submit(mvc, PARENT, list, "text", "a");

    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#whose", "#text");
    assertThat(refused.select("#whose-error").text()).contains("Choose whose view it is");
    assertThat(refused.select("#text-error").text()).isNotBlank();
  }

  @Test
  void aDrawingComesWithTheViewAndAFileRefusedIsShownBesideItsField() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    MockMultipartFile drawing = new MockMultipartFile("file", "me.png", "image/png", png);
    given(views.record(eq(sarah), any(), argThat(file -> file != null && file.size() == 8)))
        .willReturn(open);
    mvc.perform(
            multipart(list)
                .file(drawing)
                .param("whose", "CHILD")
                .param("text", "This is me")
                .with(user(PARENT))
                .with(csrf()))
        .andExpect(redirectedUrl(list + "/" + open.id()));

    DocumentRefused refused = mock(DocumentRefused.class);
    given(refused.messageKey()).willReturn("document.error.type");
    given(refused.arguments()).willReturn(new Object[0]);
    given(views.record(eq(sarah), any(), any())).willThrow(refused);
    Document page =
        Slices.parse(
            mvc,
            multipart(list)
                .file(drawing)
                .param("whose", "CHILD")
                .param("text", "This is me")
                .with(user(PARENT))
                .with(csrf()));

    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");
    assertThat(page.select("#file-error").text()).contains("We cannot take this kind of file");
    assertThat(page.select("form").attr("enctype")).isEqualTo("multipart/form-data");
  }

  @Test
  void theFamilySeesTheViewWithoutAFormAndMayNotAnswerIt() throws Exception {
    Document page = Slices.show(mvc, PARENT, list + "/" + open.id());

    assertThat(page.select("h1").text()).isEqualTo("The child’s view");
    assertThat(page.select("#stands").text()).contains("Waiting for a reply", "Open for 12 days");
    assertThat(page.select("#said").text()).contains("I want to sit near the <b>door</b>.");
    assertThat(page.select("#facts").text())
        .contains("By Claire Bennett on", "Talking", "At home, at teatime", "Her mum");
    assertThat(page.select("#said-and-done").text()).contains("Nobody has answered this view yet");
    assertThat(page.select("#response-form")).isEmpty();

    mvc.perform(
            Slices.form(
                PARENT, list + "/" + open.id() + "/response", "response", "x", "version", "0"))
        .andExpect(status().isForbidden());
    verify(views, never()).respond(any(), any(), any(), any());
  }

  @Test
  void theSencoAnswersWithTheDayItWasFedBack() throws Exception {
    Document form = Slices.show(mvc, SENCO, list + "/" + open.id());
    assertThat(form.select("#response-form label[for=response]").text())
        .isEqualTo("What was done about it, or why not");
    assertThat(form.select("#response-form input[name='fedBackOn.day']")).hasSize(1);

    given(
            views.respond(
                asSenco,
                open.id(),
                new ResponseInput("The library", "Told her", RecordedViews.TODAY.minusDays(1)),
                0L))
        .willReturn(fedBack);
    mvc.perform(
            Slices.form(
                SENCO,
                list + "/" + open.id() + "/response",
                "response",
                "The library",
                "how",
                "Told her",
                "fedBackOn.day",
                String.valueOf(RecordedViews.TODAY.minusDays(1).getDayOfMonth()),
                "fedBackOn.month",
                String.valueOf(RecordedViews.TODAY.minusDays(1).getMonthValue()),
                "fedBackOn.year",
                String.valueOf(RecordedViews.TODAY.minusDays(1).getYear()),
                "version",
                "0"))
        .andExpect(redirectedUrl(list + "/" + open.id()));

    Document notADate =
        Slices.submit(
            mvc,
            SENCO,
            list + "/" + open.id() + "/response",
            "response",
            "x",
            "fedBackOn.day",
            "31",
            "fedBackOn.month",
            "2",
            "fedBackOn.year",
            "2026",
            "version",
            "0");
    assertThat(notADate.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#fedBackOn.day");
  }

  @Test
  void aResponseSomeoneElseGaveMeanwhileIsShownCalmlyWithTheWordsKept() throws Exception {
    RecordedView answered =
        new RecordedView(
            open.id(),
            open.childId(),
            open.whose(),
            open.text(),
            null,
            open.aboutKind(),
            null,
            null,
            null,
            null,
            null,
            open.recordedBy(),
            open.recordedAt(),
            ViewStatus.ANSWERED,
            12,
            "Ear defenders at lunch",
            null,
            null,
            "Amir Khan",
            null,
            1);
    given(views.respond(eq(asSenco), eq(open.id()), any(), eq(0L))).willThrow(new EditConflict());
    given(views.get(any(), eq(open.id()))).willReturn(open, answered);

    Document page =
        Slices.submit(
            mvc,
            SENCO,
            list + "/" + open.id() + "/response",
            "response",
            "The library at lunch",
            "version",
            "0");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else answered this view while you were writing, so nothing was saved");
    assertThat(page.select("#response-text").text()).isEqualTo("Ear defenders at lunch");
    assertThat(page.select("textarea#response").text()).isEqualTo("The library at lunch");
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
  }

  @Test
  void theChildsOwnAccountIsLedBackToHerOwnPageAndNotShownThePlansParts() throws Exception {
    AccessibleChild herself = TestDoor.sameChild(sarah, SARAH, Relationship.CHILD);
    given(access.open(eq(SARAH), eq(sarah.id()))).willReturn(herself);
    given(views.mayRecord(herself)).willReturn(EnumSet.of(Whose.CHILD));
    UUID need = UUID.randomUUID();
    given(subjects.of(any()))
        .willReturn(
            List.of(new ViewSubjects.Subject(AboutKind.PLAN_ITEM, need, "Need: Anxious when")));
    RecordedView aboutANeed =
        new RecordedView(
            open.id(),
            open.childId(),
            Whose.CHILD,
            open.text(),
            null,
            AboutKind.PLAN_ITEM,
            need,
            null,
            null,
            null,
            null,
            "Helen Carter",
            open.recordedAt(),
            ViewStatus.OPEN,
            12,
            null,
            null,
            null,
            null,
            null,
            0);
    given(views.allForChild(any())).willReturn(List.of(aboutANeed));
    given(views.openLoops(any())).willReturn(List.of(aboutANeed));
    given(views.get(any(), eq(open.id()))).willReturn(aboutANeed);

    Document listed = Slices.show(mvc, SARAH, list);
    assertThat(listed.select("a#back").attr("href"))
        .isEqualTo("/children/" + sarah.id() + "/my-page");
    assertThat(listed.select("a#back").text()).isEqualTo("Back to my page");
    assertThat(listed.select("#open-views").text())
        .contains("About: Something in the plan")
        .doesNotContain("Anxious");

    Document one = Slices.show(mvc, SARAH, list + "/" + open.id());
    assertThat(one.select("#facts").text()).contains("Something in the plan");
    assertThat(one.select("main").text()).doesNotContain("Anxious");

    Document form = Slices.show(mvc, SARAH, list + "/new");
    assertThat(form.select("input[name=whose]").eachAttr("value")).containsExactly("CHILD");
    assertThat(form.select("select#aboutId")).isEmpty();
    assertThat(form.select("main").text()).doesNotContain("Anxious");

    Document asParent = Slices.show(mvc, PARENT, list);
    assertThat(asParent.select("a#back").attr("href")).isEqualTo("/children/" + sarah.id());
    assertThat(asParent.select("#open-views").text()).contains("About: Need: Anxious when");
  }
}

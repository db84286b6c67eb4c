package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.ActionInput;
import org.goldenthread.action.ActionStatus;
import org.goldenthread.action.ActionView;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The minutes of a held meeting and the actions agreed at it, for those who run it. */
@WebMvcTest(MinutesPageController.class)
@Import(MeetingDoor.Pages.class)
class MinutesPageControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingActions actions;

  private AccessibleMeeting review;
  private String minutes;

  @BeforeEach
  void aHeldMeetingTheSencoRuns() {
    review = MeetingDoor.opens(access, SENCO, Relationship.SENCO);
    minutes = "/meetings/" + review.id() + "/minutes";
    given(meetings.rights(review)).willReturn(MeetingDoor.RUNS);
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.HELD));
  }

  @Test
  void labelsAndExplainsEachPartOfTheMinutes() throws Exception {
    Document page = MeetingDoor.show(mvc, SENCO, minutes);

    assertThat(page.select("h1").text()).isEqualTo("Minutes and actions");
    assertThat(page.select("label[for=notes]").text()).isEqualTo("Notes");
    assertThat(page.select("label[for=parentView]").text()).isEqualTo("The parents’ view");
    assertThat(page.select("label[for=childView]").text()).isEqualTo("The child’s view");
    assertThat(page.select("label[for=decisions]").text()).isEqualTo("Decisions");
    assertThat(page.select("textarea#notes")).hasSize(1);
    assertThat(page.select("#notes-hint").text())
        .isEqualTo("What was talked about, in plain words");
    assertThat(page.select("textarea#notes").attr("aria-describedby")).contains("notes-hint");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
    assertThat(page.select(".govuk-error-summary")).isEmpty();
  }

  @Test
  void savesTheMinutesAsTypedThenGoesOnToAnAction() throws Exception {
    mvc.perform(
            MeetingDoor.form(
                SENCO,
                minutes,
                "notes",
                "Maya is settling well",
                "parentView",
                "Happier at home",
                "childView",
                "Likes the quiet room",
                "decisions",
                "Keep the visual timetable",
                "version",
                "3",
                "then",
                "action"))
        .andExpect(redirectedUrl("/meetings/" + review.id() + "/actions/new"));

    verify(meetings)
        .recordMinutes(
            review,
            3,
            new Minutes(
                "Maya is settling well",
                "Happier at home",
                "Likes the quiet room",
                "Keep the visual timetable"));
  }

  @Test
  void showsWhatTheServiceRefusedBesideItsField() throws Exception {
    given(meetings.recordMinutes(eq(review), anyLong(), any()))
        .willThrow(ValidationProblem.of("decisions", "meeting.error.tooLong"));

    Document page =
        MeetingDoor.submit(
            mvc, SENCO, minutes, "notes", "Notes", "decisions", "Far too long", "version", "3");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#decisions This must be shorter");
    assertThat(page.select("#decisions-error").text()).contains("This must be shorter");
    assertThat(page.select("textarea#decisions").text()).isEqualTo("Far too long");
    assertThat(page.select("textarea#notes").text()).isEqualTo("Notes");
  }

  @Test
  void asksWhatWillBeDoneByWhomAndByWhen() throws Exception {
    // The parent invited has no way into the child's record any more, so is not offered.
    given(meetings.invitable(review.child()))
        .willReturn(
            List.of(
                new Invitable(SENCO.id(), "Sarah Senco", null, true),
                new Invitable(UUID.randomUUID(), "Tom Teacher", "CLASS_TEACHER", false)));

    Document page = MeetingDoor.show(mvc, SENCO, "/meetings/" + review.id() + "/actions/new");

    assertThat(page.select("h1").text()).isEqualTo("Add an action");
    assertThat(page.select("label[for=description]").text()).isEqualTo("What will be done");
    assertThat(page.select("textarea#description")).hasSize(1);
    assertThat(page.select("label[for=ownerId]").text()).isEqualTo("Who will do it");
    assertThat(page.select("#ownerId-hint").text()).contains("One person");
    assertThat(page.select("select#ownerId option").eachText())
        .containsExactly("Choose who will do it", "Sarah Senco", "Tom Teacher (Class teacher)");
    assertThat(page.select("fieldset legend").text()).isEqualTo("Due by");
  }

  @Test
  void agreesAnActionAsTypedAndShowsTheMissingParts() throws Exception {
    UUID teacher = UUID.randomUUID();
    String addAction = "/meetings/" + review.id() + "/actions/new";
    given(actions.add(eq(review.child()), eq(review.id()), any()))
        .willReturn(
            new ActionView(
                UUID.randomUUID(),
                review.id(),
                review.child().id(),
                MeetingDoor.CHILD_NAME,
                "Send home the reading cards",
                teacher,
                "Tom Teacher",
                LocalDate.of(2027, 1, 15),
                ActionStatus.OPEN,
                null,
                false,
                0));

    mvc.perform(
            MeetingDoor.form(
                SENCO,
                addAction,
                "description",
                "Send home the reading cards",
                "ownerId",
                teacher.toString(),
                "dueOn.day",
                "15",
                "dueOn.month",
                "1",
                "dueOn.year",
                "2027"))
        .andExpect(redirectedUrl("/meetings/" + review.id() + "/minutes#actions"));
    verify(actions)
        .add(
            review.child(),
            review.id(),
            new ActionInput("Send home the reading cards", teacher, LocalDate.of(2027, 1, 15)));

    given(actions.add(eq(review.child()), eq(review.id()), eq(new ActionInput("", null, null))))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new ValidationProblem.FieldMessage(
                        "description", "meeting.error.actionDescription"),
                    new ValidationProblem.FieldMessage("ownerId", "meeting.error.owner"),
                    new ValidationProblem.FieldMessage("dueOn", "meeting.error.dueOn"))));
    Document page = MeetingDoor.submit(mvc, SENCO, addAction, "description", "", "ownerId", "");

    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#description", "#ownerId", "#dueOn.day");
    assertThat(page.select("#description-error").text())
        .contains("Describe the action: what will be done");
    assertThat(page.select("#ownerId-error").text()).contains("Choose who will do it");
  }

  @Test
  void isForThoseWhoRunTheMeeting() throws Exception {
    given(meetings.rights(review)).willReturn(MeetingDoor.INVITED);

    mvc.perform(get(minutes).with(user(SENCO))).andExpect(status().isForbidden());
    mvc.perform(MeetingDoor.form(SENCO, minutes, "notes", "Mine now", "version", "3"))
        .andExpect(status().isForbidden());

    verify(meetings, never()).recordMinutes(any(), anyLong(), any());
  }

  @Test
  void aMeetingTheDoorRefusesIsNotFound() throws Exception {
    CurrentUser stranger = MeetingDoor.stranger(access);

    mvc.perform(get(minutes).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(MeetingDoor.form(stranger, minutes, "notes", "Hello", "version", "3"))
        .andExpect(status().isNotFound());

    verifyNoInteractions(meetings, actions);
  }
}

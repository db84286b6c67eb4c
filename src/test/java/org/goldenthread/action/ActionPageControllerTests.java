package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Where an agreed action stands, marked by its owner: done, dropped with a reason, or to do. */
@WebMvcTest(ActionPageController.class)
@Import(ActionDoor.Pages.class)
class ActionPageControllerTests {

  private static final CurrentUser TEACHER = TestDoor.person("Tom Teacher", Role.TEACHER);

  @Autowired MockMvc mvc;
  @MockitoBean ActionAccess access;
  @MockitoBean MeetingActions actions;

  private AccessibleAction timetable;
  private ActionView open;
  private String edit;

  @BeforeEach
  void anActionTheTeacherOwns() {
    timetable = ActionDoor.opens(access, TEACHER, Relationship.TEAM_MEMBER);
    open = ActionDoor.action(timetable, TEACHER.id(), TEACHER.displayName());
    edit = "/actions/" + timetable.id() + "/edit";
    given(actions.get(timetable)).willReturn(open);
    given(actions.meetingOf(timetable)).willReturn(ActionDoor.meeting(timetable, false));
  }

  @Test
  void asksWhereTheActionStandsWithALabelForEachAnswer() throws Exception {
    Document page = ActionDoor.show(mvc, TEACHER, edit);

    assertThat(page.select("h1").text()).isEqualTo("Update an action");
    assertThat(page.select(".govuk-summary-list").text()).contains("Send home a visual timetable");
    assertThat(page.select("legend").text()).isEqualTo("Where does it stand?");
    assertThat(page.select("input[name=status]").eachAttr("id"))
        .containsExactly("status", "status-2", "status-3");
    assertThat(
            page.select("label[for=status], label[for=status-2], label[for=status-3]").eachText())
        .containsExactly("Still to do", "Done", "Dropped: it will not be done");
    assertThat(page.select("input[name=status][checked]").val()).isEqualTo("OPEN");
    assertThat(page.select("label[for=reason]").text()).isEqualTo("Why it was dropped");
    assertThat(page.select("#reason-hint").text()).contains("Everyone who can see the action");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("2");
  }

  @Test
  void marksItDoneAndGoesBackToTheMeetingsActions() throws Exception {
    given(actions.update(eq(timetable), eq(2L), any()))
        .willReturn(
            ActionDoor.action(
                timetable, TEACHER.id(), TEACHER.displayName(), ActionStatus.DONE, 3));

    mvc.perform(ActionDoor.form(TEACHER, edit, "status", "DONE", "reason", "", "version", "2"))
        .andExpect(redirectedUrl("/meetings/" + open.meetingId() + "#actions"))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("meeting.banner.action.DONE", open.description())));

    verify(actions).update(timetable, 2, ActionUpdate.status(ActionStatus.DONE, null));
  }

  @Test
  void noAnswerOrADropWithoutAReasonIsShownBesideItsField() throws Exception {
    Document none = ActionDoor.submit(mvc, TEACHER, edit, "version", "2");

    assertThat(none.title()).startsWith("Error: ");
    assertThat(none.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#status Choose where the action stands");
    assertThat(none.select("#status-error").text()).contains("Choose where the action stands");
    verify(actions, never()).update(any(), anyLong(), any());

    given(actions.update(timetable, 2, ActionUpdate.status(ActionStatus.DROPPED, " ")))
        .willThrow(ValidationProblem.of("reason", "meeting.error.dropReason"));
    Document dropped =
        ActionDoor.submit(mvc, TEACHER, edit, "status", "DROPPED", "reason", " ", "version", "2");

    assertThat(dropped.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#reason Give the reason the action was dropped");
    assertThat(dropped.select("#reason-error").text()).contains("Give the reason");
    assertThat(dropped.select("input[name=status][checked]").val()).isEqualTo("DROPPED");
  }

  @Test
  void someoneElsesChangeIsShownWithWhatWasTyped() throws Exception {
    given(actions.update(eq(timetable), eq(2L), any())).willThrow(new EditConflict());
    given(actions.get(timetable))
        .willReturn(
            open,
            ActionDoor.action(
                timetable, TEACHER.id(), TEACHER.displayName(), ActionStatus.DONE, 3));

    Document page =
        ActionDoor.submit(
            mvc, TEACHER, edit, "status", "DROPPED", "reason", "Not needed", "version", "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this action while you were working");
    assertThat(page.select("input[name=status][checked]").val()).isEqualTo("DONE");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
    assertThat(page.select("#your-changes").text())
        .contains("Dropped: it will not be done", "Not needed");
  }

  @Test
  void isForItsOwnerAndThoseWhoRunTheMeetingAndNobodyTheDoorRefuses() throws Exception {
    CurrentUser parent = TestDoor.person("Sam Jones", Role.PARENT);
    AccessibleAction notTheirs = ActionDoor.opens(access, parent, Relationship.PARENT);
    given(actions.get(notTheirs)).willReturn(ActionDoor.action(notTheirs, TEACHER.id(), "Tom"));
    given(actions.meetingOf(notTheirs)).willReturn(ActionDoor.meeting(notTheirs, false));
    CurrentUser stranger = ActionDoor.stranger(access);

    String theirs = "/actions/" + notTheirs.id() + "/edit";
    mvc.perform(get(theirs).with(user(parent))).andExpect(status().isForbidden());
    mvc.perform(ActionDoor.form(parent, theirs, "status", "DONE", "version", "2"))
        .andExpect(status().isForbidden());
    mvc.perform(get(edit).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(ActionDoor.form(stranger, edit, "status", "DONE", "version", "2"))
        .andExpect(status().isNotFound());

    verify(actions, never()).update(any(), anyLong(), any());
  }

  @Test
  void theChairMayMarkAnActionSomeoneElseOwns() throws Exception {
    CurrentUser senco = TestDoor.person("Sarah Senco", Role.SENCO);
    AccessibleAction teachers = ActionDoor.opens(access, senco, Relationship.SENCO);
    given(actions.get(teachers)).willReturn(ActionDoor.action(teachers, UUID.randomUUID(), "Tom"));
    given(actions.meetingOf(teachers)).willReturn(ActionDoor.meeting(teachers, true));

    Document page = ActionDoor.show(mvc, senco, "/actions/" + teachers.id() + "/edit");

    assertThat(page.select("h1").text()).isEqualTo("Update an action");
  }
}

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Changing a meeting, cancelling it and sending a draft's invitations, for those who run it. */
@WebMvcTest(MeetingChangePageController.class)
@Import(MeetingDoor.BookingForm.class)
class MeetingChangePageControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);
  private static final UUID TEACHER_ID = UUID.randomUUID();

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean Children children;

  private AccessibleMeeting review;
  private MeetingView booked;
  private String edit;

  @BeforeEach
  void aBookedMeetingTheSencoRuns() {
    review = MeetingDoor.opens(access, SENCO, Relationship.SENCO);
    booked = MeetingDoor.meeting(review, MeetingStatus.BOOKED);
    edit = "/meetings/" + review.id() + "/edit";
    given(meetings.rights(review)).willReturn(MeetingDoor.RUNS);
    given(meetings.get(review)).willReturn(booked);
    given(children.get(review.child())).willReturn(MeetingDoor.record(review.child()));
    given(meetings.invitable(review.child()))
        .willReturn(
            List.of(
                new Invitable(SENCO.id(), "Sarah Senco", "SENCO", true),
                new Invitable(TEACHER_ID, "Tom Teacher", "CLASS_TEACHER", false)));
  }

  @Test
  void showsTheMeetingAsSavedInTheBookingForm() throws Exception {
    Document page = MeetingDoor.show(mvc, SENCO, edit);

    assertThat(page.select("h1").text()).isEqualTo("Change the meeting");
    assertThat(page.select("main form").attr("action")).isEqualTo(edit);
    assertThat(page.select("label[for=time]").text()).isEqualTo("Start time");
    assertThat(page.select("input#time").val())
        .isEqualTo(TimeOfDay.format(MeetingTimes.timeOf(booked.startsAt())));
    assertThat(page.select("label[for=location]").text()).isEqualTo("Where");
    assertThat(page.select("input#location").val()).isEqualTo("Room 4");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
  }

  @Test
  void savesTheChangeAsTypedAndSaysEveryoneWasSentIt() throws Exception {
    given(meetings.update(eq(review), eq(3L), any())).willReturn(booked);

    mvc.perform(
            MeetingDoor.form(
                SENCO,
                edit,
                typed(
                    "2pm",
                    "The library",
                    "durationMinutes",
                    "60",
                    "inviteeIds",
                    TEACHER_ID.toString(),
                    "agenda",
                    "Reading")))
        .andExpect(redirectedUrl("/meetings/" + review.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.changed", null)));

    verify(meetings)
        .update(
            review,
            3,
            new MeetingDetails(
                MeetingKind.SEN_SUPPORT_REVIEW,
                MeetingTimes.startsAt(LocalDate.of(2027, 2, 11), LocalTime.of(14, 0)),
                60,
                "The library",
                List.of(TEACHER_ID),
                List.of("Reading")));
  }

  @Test
  void aTimeThatIsNotATimeIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
    Document page = MeetingDoor.submit(mvc, SENCO, edit, typed("teatime", "Room 4"));

    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#time Enter the start time like 10:30am, 2pm or 14:00");
    assertThat(page.select("#time-error").text()).contains("Enter the start time like");
    assertThat(page.select("input#time").val()).isEqualTo("teatime");
    verify(meetings, never()).update(any(), anyLong(), any());
  }

  @Test
  void someoneElsesChangeIsShownWithWhatWasTyped() throws Exception {
    given(meetings.update(eq(review), eq(3L), any())).willThrow(new EditConflict());

    Document page = MeetingDoor.submit(mvc, SENCO, edit, typed("2pm", "The library"));

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this meeting while you were working");
    assertThat(page.select("input#location").val()).isEqualTo("Room 4");
    assertThat(page.select("#your-changes").text()).contains("The library", "2pm");
  }

  @Test
  void cancelsAfterAskingAndBooksADraft() throws Exception {
    Document confirm = MeetingDoor.show(mvc, SENCO, "/meetings/" + review.id() + "/cancel");
    assertThat(confirm.select("h1").text()).isEqualTo("Cancel this meeting?");
    assertThat(confirm.select("main form input[name=version]").val()).isEqualTo("3");

    given(meetings.cancel(review, 3))
        .willReturn(MeetingDoor.meeting(review, MeetingStatus.CANCELLED));
    mvc.perform(MeetingDoor.form(SENCO, "/meetings/" + review.id() + "/cancel", "version", "3"))
        .andExpect(redirectedUrl("/children/" + review.child().id() + "/meetings"));
    verify(meetings).cancel(review, 3);

    given(meetings.book(review, 3)).willReturn(booked);
    mvc.perform(MeetingDoor.form(SENCO, "/meetings/" + review.id() + "/book", "version", "3"))
        .andExpect(redirectedUrl("/meetings/" + review.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.booked", null)));
    verify(meetings).book(review, 3);
  }

  @Test
  void aClosedMeetingCannotBeChanged() throws Exception {
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.CLOSED));

    mvc.perform(get(edit).with(user(SENCO)))
        .andExpect(redirectedUrl("/meetings/" + review.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.important("meeting.error.notOpen", null)));
  }

  @Test
  void isForThoseWhoRunTheMeetingAndNobodyTheDoorRefuses() throws Exception {
    CurrentUser parent = TestDoor.person("Claire Jones", Role.PARENT);
    AccessibleMeeting invited = MeetingDoor.opens(access, parent, Relationship.PARENT);
    given(meetings.rights(invited)).willReturn(MeetingDoor.INVITED);
    CurrentUser stranger = MeetingDoor.stranger(access);

    String theirs = "/meetings/" + invited.id();
    mvc.perform(get(theirs + "/edit").with(user(parent))).andExpect(status().isForbidden());
    mvc.perform(MeetingDoor.form(parent, theirs + "/cancel", "version", "3"))
        .andExpect(status().isForbidden());
    mvc.perform(get(edit).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(MeetingDoor.form(stranger, "/meetings/" + review.id() + "/book", "version", "3"))
        .andExpect(status().isNotFound());

    verify(meetings, never()).cancel(any(), anyLong());
    verify(meetings, never()).book(any(), anyLong());
    verifyNoInteractions(children);
  }

  /**
   * The booking form filled in for the 11th of February 2027 at the time and place given, from
   * version 3, with any other fields (name, value…).
   */
  private static String[] typed(String time, String location, String... others) {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "kind",
                "SEN_SUPPORT_REVIEW",
                "date.day",
                "11",
                "date.month",
                "2",
                "date.year",
                "2027",
                "time",
                time,
                "location",
                location,
                "version",
                "3"));
    fields.addAll(List.of(others));
    return fields.toArray(String[]::new);
  }
}

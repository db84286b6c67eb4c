package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PageBanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A child's meetings, and booking a new one, through the child's door. */
@WebMvcTest(ChildMeetingsPageController.class)
@Import(MeetingDoor.BookingForm.class)
class ChildMeetingsPageControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);
  private static final UUID PARENT_ID = UUID.randomUUID();
  private static final UUID TEACHER_ID = UUID.randomUUID();

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingRhythms rhythms;
  @MockitoBean Children children;

  private AccessibleChild maya;
  private String book;

  @BeforeEach
  void aChildWhoseTeamTheSencoLeads() {
    maya = TestDoor.opens(access, SENCO, MeetingDoor.CHILD_NAME, Relationship.SENCO);
    book = "/children/" + maya.id() + "/meetings/new";
    given(children.get(maya)).willReturn(MeetingDoor.record(maya));
    given(meetings.mayArrange(maya)).willReturn(true);
    given(meetings.invitable(maya))
        .willReturn(
            List.of(
                new Invitable(SENCO.id(), "Sarah Senco", "SENCO", true),
                new Invitable(PARENT_ID, "Claire Jones", null, true),
                new Invitable(TEACHER_ID, "Tom Teacher", "CLASS_TEACHER", false)));
    given(meetings.defaultAgenda(maya, MeetingKind.SEN_SUPPORT_REVIEW))
        .willReturn(List.of("What is going well for Maya", "Next steps"));
  }

  @Test
  void listsMeetingsToComeDraftsAndPastOnesWithAWayToBook() throws Exception {
    MeetingView booked = MeetingDoor.meeting(maya, MeetingStatus.BOOKED);
    MeetingView draft = MeetingDoor.meeting(maya, MeetingStatus.DRAFT);
    MeetingView closed = MeetingDoor.meeting(maya, MeetingStatus.CLOSED);
    given(meetings.forChild(maya)).willReturn(List.of(closed, draft, booked));

    Document page = MeetingDoor.show(mvc, SENCO, "/children/" + maya.id() + "/meetings");

    assertThat(page.select("h1").text()).isEqualTo("Meetings");
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Maya Jones");
    assertThat(page.select("a.govuk-button").attr("href")).isEqualTo(book);
    assertThat(page.select("#upcoming tbody tr").eachAttr("id"))
        .containsExactly("meeting-" + booked.id());
    assertThat(page.select("#drafts tbody tr").eachAttr("id"))
        .containsExactly("meeting-" + draft.id());
    assertThat(page.select("#past tbody tr").eachAttr("id"))
        .containsExactly("meeting-" + closed.id());
  }

  @Test
  void theBookingFormLabelsEveryFieldAndTicksTheTeam() throws Exception {
    Document page = MeetingDoor.show(mvc, SENCO, book);

    assertThat(page.select("h1").text()).isEqualTo("Book a meeting");
    assertThat(page.select("main form").attr("action")).isEqualTo(book);
    assertThat(page.select("legend").eachText())
        .contains("What kind of meeting is it?", "Date", "Who else is invited?");
    assertThat(page.select("input[name=kind]").eachAttr("id"))
        .allSatisfy(id -> assertThat(page.select("label[for=" + id + "]")).hasSize(1));
    assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("SEN_SUPPORT_REVIEW");
    assertThat(page.select("label[for=time]").text()).isEqualTo("Start time");
    assertThat(page.select("#time-hint").text()).isEqualTo("For example, 10:30am or 2pm");
    assertThat(page.select("label[for=durationMinutes]").text()).isEqualTo("How long it will last");
    assertThat(page.select("input#durationMinutes").val()).isEqualTo("60");
    assertThat(page.select("label[for=location]").text()).isEqualTo("Where");
    assertThat(page.select("#always-invited li").eachText())
        .containsExactly(
            "Sarah Senco, organising and chairing the meeting", "Claire Jones, parent or carer");
    assertThat(page.select("input[name=inviteeIds]")).hasSize(1);
    String teacherBox = page.select("input[name=inviteeIds]").attr("id");
    assertThat(page.select("label[for=" + teacherBox + "]").text()).isEqualTo("Tom Teacher");
    assertThat(page.select("input[name=inviteeIds][checked]").val())
        .isEqualTo(TEACHER_ID.toString());
    assertThat(page.select("textarea#agenda").text()).contains("What is going well for Maya");
    assertThat(page.select("input[name=version]")).isEmpty();
  }

  @Test
  void anotherPageMayStartTheFormWithAKindAndAnAgendaOfItsOwn() throws Exception {
    Document page =
        MeetingDoor.show(
            mvc, SENCO, book + "?kind=TEAM_MEETING&agenda=Strengths&agenda=Facts&agenda=Actions");

    assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("TEAM_MEETING");
    assertThat(page.select("textarea#agenda").text().lines())
        .containsExactly("Strengths", "Facts", "Actions");
    assertThat(page.select("input[name=inviteeIds][checked]").val())
        .isEqualTo(TEACHER_ID.toString());
  }

  @Test
  void booksTheMeetingAsTyped() throws Exception {
    MeetingView booked = MeetingDoor.meeting(maya, MeetingStatus.BOOKED);
    given(meetings.create(eq(maya), any(), eq(false))).willReturn(booked);

    mvc.perform(
            MeetingDoor.form(
                SENCO,
                book,
                "kind",
                "SEN_SUPPORT_REVIEW",
                "date.day",
                "10",
                "date.month",
                "2",
                "date.year",
                "2027",
                "time",
                "10:30am",
                "durationMinutes",
                "45",
                "location",
                "Room 4",
                "inviteeIds",
                TEACHER_ID.toString(),
                "agenda",
                "What is going well\nNext steps"))
        .andExpect(redirectedUrl("/meetings/" + booked.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.booked", null)));

    verify(meetings)
        .create(
            maya,
            new MeetingDetails(
                MeetingKind.SEN_SUPPORT_REVIEW,
                MeetingTimes.startsAt(LocalDate.of(2027, 2, 10), LocalTime.of(10, 30)),
                45,
                "Room 4",
                List.of(TEACHER_ID),
                List.of("What is going well", "Next steps")),
            false);
  }

  @Test
  void anEmptyFormShowsEveryProblemAtOnceLinkedToItsField() throws Exception {
    Document page = MeetingDoor.submit(mvc, SENCO, book, "durationMinutes", "60", "location", "");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#kind Choose what kind of meeting it is",
            "#date.day Enter the date of the meeting",
            "#time Enter the time the meeting starts, for example 10:30am",
            "#location Enter where the meeting is, or the link to join it online");
    assertThat(page.select("#time-error").text()).contains("Enter the time the meeting starts");
    assertThat(page.select("#location-error").text()).contains("Enter where the meeting is");
    verify(meetings, never()).create(any(), any(), anyBoolean());
  }

  @Test
  void onlyThoseWhoArrangeMeetingsMayBookAndTheDoorDecidesWhoSeesThem() throws Exception {
    CurrentUser parent = TestDoor.person("Claire Jones", Role.PARENT);
    AccessibleChild theirs =
        TestDoor.opens(access, parent, MeetingDoor.CHILD_NAME, Relationship.PARENT);
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.PARENT);
    TestDoor.refuses(access, stranger);

    String theirBooking = "/children/" + theirs.id() + "/meetings/new";
    mvc.perform(get(theirBooking).with(user(parent))).andExpect(status().isForbidden());
    mvc.perform(MeetingDoor.form(parent, theirBooking, "kind", "TEAM_MEETING"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/children/" + maya.id() + "/meetings").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(MeetingDoor.form(stranger, book, "kind", "TEAM_MEETING"))
        .andExpect(status().isNotFound());

    verify(meetings, never()).create(any(), any(), anyBoolean());
  }
}

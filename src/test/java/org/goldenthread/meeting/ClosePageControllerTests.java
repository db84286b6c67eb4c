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

import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageBanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Closing a held meeting: the summary, and the next meeting's date or why there is none. */
@WebMvcTest(ClosePageController.class)
@Import(MeetingDoor.Pages.class)
class ClosePageControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Sarah Senco", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingClosing closing;
  @MockitoBean MeetingActions actions;

  private AccessibleMeeting review;
  private String close;

  @BeforeEach
  void aHeldMeetingTheSencoRuns() {
    review = MeetingDoor.opens(access, SENCO, Relationship.SENCO);
    close = "/meetings/" + review.id() + "/close";
    given(meetings.rights(review)).willReturn(MeetingDoor.RUNS);
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.HELD));
  }

  @Test
  void asksForTheSummaryAndWhetherThereWillBeAnotherMeeting() throws Exception {
    Document page = MeetingDoor.show(mvc, SENCO, close);

    assertThat(page.select("h1").text()).isEqualTo("Close the meeting");
    assertThat(page.select("label[for=minutes]").text()).isEqualTo("Summary of the meeting");
    assertThat(page.select("textarea#minutes")).hasSize(1);
    assertThat(page.select("#minutes-hint").text()).contains("The family will read it");
    assertThat(page.select("label[for=followUp]").text()).isEqualTo("Yes, we will meet again");
    assertThat(page.select("input#followUp[type=radio]").val()).isEqualTo("yes");
    assertThat(page.select("label[for=followUp-2]").text())
        .isEqualTo("No, there will not be another meeting");
    assertThat(page.select("input#followUp-2[type=radio]").val()).isEqualTo("no");
    assertThat(page.select("label[for=noFollowUpReason]").text())
        .isEqualTo("Why there will not be another meeting");
    assertThat(page.select("textarea#noFollowUpReason")).hasSize(1);
    assertThat(page.select("legend").eachText())
        .contains("Will there be another meeting?", "Date of the next meeting");
  }

  @Test
  void closesWithTheSummaryAndTheNextDateAsTyped() throws Exception {
    mvc.perform(
            MeetingDoor.form(
                SENCO,
                close,
                "minutes",
                "Maya is doing well",
                "followUp",
                "yes",
                "followUpOn.day",
                "10",
                "followUpOn.month",
                "2",
                "followUpOn.year",
                "2027",
                "version",
                "3"))
        .andExpect(redirectedUrl("/meetings/" + review.id()))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.closed", null)));

    verify(closing)
        .close(review, 3L, new Closing("Maya is doing well", LocalDate.of(2027, 2, 10), null));
  }

  @Test
  void nothingAnsweredLinksEachQuestionFromTheSummary() throws Exception {
    Document page = MeetingDoor.submit(mvc, SENCO, close, "minutes", " ", "version", "3");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#minutes Enter the minutes of the meeting",
            "#followUp Enter the date of the next meeting, or give a reason why there will not be"
                + " one");
    assertThat(page.select("#minutes-error").text()).contains("Enter the minutes of the meeting");
    assertThat(page.select("#followUp-error").text()).contains("Enter the date of the next");
    verify(closing, never()).close(any(), anyLong(), any());
  }

  @Test
  void sentBeforeTheMeetingStartedKeepsTheFormAndSaysWhen() throws Exception {
    given(closing.close(eq(review), eq(3L), any()))
        .willThrow(new MeetingNotStarted(Instant.now().plusSeconds(3600)));

    String html =
        mvc.perform(
                MeetingDoor.form(
                    SENCO,
                    close,
                    "minutes",
                    "Held early",
                    "followUp",
                    "no",
                    "noFollowUpReason",
                    "Support has ended",
                    "version",
                    "3"))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);

    assertThat(page.select(".govuk-notification-banner").text())
        .contains("This meeting has not started yet, so nothing was saved")
        .contains(new Dates().dateTime(meetings.get(review).startsAt()));
    assertThat(page.select("textarea#noFollowUpReason").text()).isEqualTo("Support has ended");
  }

  @Test
  void aMeetingNotYetStartedCannotBeClosed() throws Exception {
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.BOOKED));

    mvc.perform(get(close).with(user(SENCO))).andExpect(redirectedUrl("/meetings/" + review.id()));
  }

  @Test
  void isForThoseWhoRunTheMeetingAndNobodyTheDoorRefuses() throws Exception {
    CurrentUser parent = TestDoor.person("Sam Jones", Role.PARENT);
    AccessibleMeeting invited = MeetingDoor.opens(access, parent, Relationship.PARENT);
    given(meetings.rights(invited)).willReturn(MeetingDoor.INVITED);
    CurrentUser stranger = MeetingDoor.stranger(access);

    mvc.perform(get("/meetings/" + invited.id() + "/close").with(user(parent)))
        .andExpect(status().isForbidden());
    mvc.perform(get(close).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(
            MeetingDoor.form(
                stranger, close, "minutes", "x", "followUp", "no", "noFollowUpReason", "x"))
        .andExpect(status().isNotFound());

    verifyNoInteractions(closing);
  }
}

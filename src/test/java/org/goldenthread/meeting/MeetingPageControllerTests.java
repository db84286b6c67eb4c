package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.voice.RecordedView;
import org.goldenthread.voice.RecordedViews;
import org.goldenthread.voice.Views;
import org.goldenthread.voice.Whose;
import org.goldenthread.web.Dates;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A meeting's page and its calendar file, as a parent invited to it and as its chair see them. */
@WebMvcTest(MeetingPageController.class)
@Import(MeetingDoor.Pages.class)
class MeetingPageControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Jones", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingPreparation preparation;
  @MockitoBean MeetingActions actions;
  @MockitoBean MeetingClosing closing;
  @MockitoBean Views views;

  private AccessibleMeeting review;
  private String path;

  @BeforeEach
  void aBookedMeetingTheParentIsInvitedTo() {
    review = MeetingDoor.opens(access, PARENT, Relationship.PARENT);
    path = "/meetings/" + review.id();
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.BOOKED));
    given(meetings.rights(review)).willReturn(MeetingDoor.INVITED);
  }

  @Test
  void showsAParentWhenWhereWhoTheAgendaAndThePreparation() throws Exception {
    given(meetings.invitedByEmail(review.child())).willReturn(List.of("David Jones"));
    given(preparation.list(review))
        .willReturn(
            List.of(
                new ContributionView(
                    UUID.randomUUID(),
                    review.id(),
                    UUID.randomUUID(),
                    "Tom Teacher",
                    ContributionKind.QUESTION,
                    "How is her reading at home?",
                    null,
                    false,
                    Instant.now(),
                    0)));

    Document page = MeetingDoor.show(mvc, PARENT, path);

    assertThat(page.select("h1").text()).isEqualTo("SEN support review");
    assertThat(page.select("#details").text()).contains("Room 4", "Sarah Senco");
    assertThat(page.select("#invited li").eachText())
        .containsExactly(
            "Sarah Senco, organising and chairing",
            "Claire Jones, parent or carer",
            "David Jones, parent or carer, by email (no account yet)");
    assertThat(page.select("#agenda li").eachText())
        .containsExactly("What is going well", "Next steps");
    assertThat(page.select("#preparation h3").text()).isEqualTo("A question from Tom Teacher");
    assertThat(page.select("#preparation a.govuk-button").attr("href"))
        .isEqualTo(path + "/preparation/new");
    assertThat(page.select("#calendar-link").attr("href")).isEqualTo(path + "/invite.ics");
    assertThat(page.select("a[href=" + path + "/edit]")).isEmpty();
  }

  @Test
  void linksTheViewsAboutTheMeetingAndThoseStillWaitingWithAWayToAddOne() throws Exception {
    RecordedView aboutIt = RecordedViews.fedBack(review.child());
    RecordedView waiting = RecordedViews.open(review.child());
    given(views.about(review.child(), review.id())).willReturn(List.of(aboutIt));
    given(views.openLoops(review.child())).willReturn(List.of(waiting));
    given(views.mayRecord(review.child())).willReturn(EnumSet.allOf(Whose.class));

    Document page = MeetingDoor.show(mvc, PARENT, path);

    String childViews = "/children/" + review.child().id() + "/views/";
    assertThat(page.select("#views h2").text()).isEqualTo("Views of the child and family");
    assertThat(page.select("#views a.govuk-button").attr("href"))
        .isEqualTo(childViews + "new?aboutKind=MEETING&aboutId=" + review.id());
    assertThat(page.select("#views .govuk-summary-card__title a").eachAttr("href"))
        .containsExactly(childViews + aboutIt.id(), childViews + waiting.id());
    assertThat(page.select("#views").text())
        .contains("Views for this meeting", "Other views still waiting for a reply");
  }

  @Test
  void aMeetingWithoutViewsSaysSoAndOffersNoWayToAddOneToWhoMayNot() throws Exception {
    Document page = MeetingDoor.show(mvc, PARENT, path);

    assertThat(page.select("#views").text())
        .contains("No view has been added for this meeting yet.")
        .doesNotContain("Other views still waiting");
    assertThat(page.select("#views a.govuk-button")).isEmpty();
  }

  @Test
  void readsNoPreparationForSomeoneWhoMayNotSeeIt() throws Exception {
    given(meetings.rights(review)).willReturn(new MeetingRights(false, false, false));

    Document page = MeetingDoor.show(mvc, PARENT, path);

    assertThat(page.select("#preparation")).isEmpty();
    verify(preparation, never()).list(any());
  }

  @Test
  void offersTheChairOfAHeldMeetingTheMinutesClosingAndChanges() throws Exception {
    CurrentUser senco = TestDoor.person("Sarah Senco", Role.SENCO);
    AccessibleMeeting chaired = MeetingDoor.opens(access, senco, Relationship.SENCO);
    given(meetings.get(chaired)).willReturn(MeetingDoor.meeting(chaired, MeetingStatus.HELD));
    given(meetings.rights(chaired)).willReturn(MeetingDoor.RUNS);
    String held = "/meetings/" + chaired.id();

    Document page = MeetingDoor.show(mvc, senco, held);

    assertThat(page.select(".govuk-button-group a").eachAttr("href"))
        .containsExactly(held + "/minutes", held + "/close", held + "/edit", held + "/cancel");
    assertThat(page.select("#actions").text()).contains("No actions have been agreed yet.");
  }

  @Test
  void aClosedMeetingSaysWhatHappensNextFirst() throws Exception {
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.CLOSED));
    LocalDate next = LocalDate.now().plusWeeks(10);
    given(closing.whatHappensNext(review))
        .willReturn(new WhatHappensNext(review.id(), List.of(), next, null, null));

    Document page = MeetingDoor.show(mvc, PARENT, path);

    assertThat(page.select("main section").first().id()).isEqualTo("what-happens-next");
    assertThat(page.select("#what-happens-next").text())
        .contains("No actions were agreed at this meeting.")
        .contains("The next meeting is planned for " + new Dates().date(next) + ".");
  }

  @Test
  void givesTheCalendarFileAsAnAttachment() throws Exception {
    given(meetings.calendar(review)).willReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    mvc.perform(get(path + "/invite.ics").with(user(PARENT)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/calendar;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"meeting.ics\""))
        .andExpect(content().string("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
  }

  @Test
  void aMeetingTheDoorRefusesIsNotFound() throws Exception {
    CurrentUser stranger = MeetingDoor.stranger(access);

    mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(path + "/invite.ics").with(user(stranger))).andExpect(status().isNotFound());

    verifyNoInteractions(meetings, preparation, actions, closing);
  }
}

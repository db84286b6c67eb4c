package org.goldenthread.meeting;

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

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.voice.Views;
import org.goldenthread.voice.Whose;
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

/** Preparation before a meeting: a parent is offered what a parent brings, staff their update. */
@WebMvcTest(PreparationPageController.class)
@Import(MeetingDoor.Pages.class)
class PreparationPageControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Jones", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean MeetingAccess access;
  @MockitoBean Meetings meetings;
  @MockitoBean MeetingPreparation preparation;
  @MockitoBean Views views;

  private AccessibleMeeting review;
  private String prepare;

  @BeforeEach
  void aMeetingTheParentIsInvitedTo() {
    review = MeetingDoor.opens(access, PARENT, Relationship.PARENT);
    prepare = "/meetings/" + review.id() + "/preparation/new";
    given(meetings.rights(review)).willReturn(MeetingDoor.INVITED);
    given(meetings.get(review)).willReturn(MeetingDoor.meeting(review, MeetingStatus.BOOKED));
    given(preparation.prompts())
        .willReturn(
            List.of(
                new PreparationPrompt("meeting.prompt.worksAtHome", ContributionKind.WORKS_AT_HOME),
                new PreparationPrompt(
                    "meeting.prompt.couldWe", ContributionKind.PROFESSIONAL_UPDATE)));
  }

  @Test
  void offersAParentWhatAParentBringsWithALabelForEachChoice() throws Exception {
    Document page = MeetingDoor.show(mvc, PARENT, prepare);

    assertThat(page.select("h1").text()).isEqualTo("Add your preparation");
    assertThat(page.select("legend").eachText())
        .contains("What are you adding?", "Who can read it");
    assertThat(page.select("input[name=kind]").eachAttr("id"))
        .allSatisfy(id -> assertThat(page.select("label[for=" + id + "]")).hasSize(1));
    assertThat(page.select("label[for=kind]").text()).isEqualTo("My key points");
    assertThat(page.select("input[name=kind]"))
        .hasSize(PreparationPageController.FOR_PARENTS.size());
    assertThat(page.select("#kind-item-hint").text())
        .isEqualTo("What you most want the meeting to talk about");
    assertThat(page.select("label[for=howGathered]").text())
        .isEqualTo("How were the views gathered?");
    assertThat(page.select("label[for=text]").text())
        .isEqualTo("What you want to bring to the meeting");
    assertThat(page.select("#text-hint").text())
        .isEqualTo("Write as much or as little as you like.");
    assertThat(page.select("#chairOnly-hint").text())
        .contains("Sarah Senco, who chairs the meeting");
    assertThat(page.select("#prompts li").eachText())
        .containsExactly("What works well at home is…");
  }

  @Test
  void pointsWhatTheChildOrFamilyWantsToSayToAViewLinkedToTheMeeting() throws Exception {
    assertThat(MeetingDoor.show(mvc, PARENT, prepare).select("#add-a-view"))
        .as("someone who may not record a view")
        .isEmpty();

    given(views.mayRecord(review.child())).willReturn(EnumSet.allOf(Whose.class));
    Document page = MeetingDoor.show(mvc, PARENT, prepare);

    assertThat(page.select("#add-a-view a").attr("href"))
        .isEqualTo(
            "/children/"
                + review.child().id()
                + "/views/new?aboutKind=MEETING&aboutId="
                + review.id());
  }

  @Test
  void offersStaffTheirUpdateAndNoChairOnlyBoxForTheChair() throws Exception {
    CurrentUser senco = TestDoor.person("Sarah Senco", Role.SENCO);
    AccessibleMeeting chaired = MeetingDoor.opens(access, senco, Relationship.SENCO);
    given(meetings.rights(chaired)).willReturn(MeetingDoor.RUNS);
    given(meetings.get(chaired)).willReturn(MeetingDoor.meeting(chaired, MeetingStatus.BOOKED));

    Document page = MeetingDoor.show(mvc, senco, "/meetings/" + chaired.id() + "/preparation/new");

    assertThat(page.select("input[name=kind]")).hasSize(PreparationPageController.FOR_STAFF.size());
    assertThat(page.select("label.govuk-radios__label").eachText()).contains("My update");
    assertThat(page.select("input[name=chairOnly]")).isEmpty();
    assertThat(page.select("#prompts li").eachText()).containsExactly("Could we…?");
  }

  @Test
  void addsWhatWasTypedAndGoesBackToTheMeeting() throws Exception {
    given(preparation.add(eq(review), any()))
        .willReturn(
            new ContributionView(
                UUID.randomUUID(),
                review.id(),
                PARENT.id(),
                PARENT.displayName(),
                ContributionKind.CHILD_VIEWS,
                "She likes the quiet room",
                "Picture cards",
                true,
                Instant.now(),
                0));

    mvc.perform(
            MeetingDoor.form(
                PARENT,
                prepare,
                "kind",
                "CHILD_VIEWS",
                "howGathered",
                "Picture cards",
                "text",
                "She likes the quiet room",
                "chairOnly",
                "true"))
        .andExpect(redirectedUrl("/meetings/" + review.id()));

    verify(preparation)
        .add(
            review,
            new ContributionInput(
                ContributionKind.CHILD_VIEWS, "She likes the quiet room", "Picture cards", true));
  }

  @Test
  void showsWhatTheServiceRefusedBesideEachField() throws Exception {
    given(preparation.add(eq(review), any()))
        .willThrow(
            new ValidationProblem(
                List.of(
                    new FieldMessage("kind", "meeting.error.contributionKind"),
                    new FieldMessage("text", "meeting.error.contributionText"))));

    Document page = MeetingDoor.submit(mvc, PARENT, prepare, "text", "");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#kind Choose what you are adding",
            "#text Enter what you want to bring to the meeting");
    assertThat(page.select("#kind-error").text()).contains("Choose what you are adding");
    assertThat(page.select("#text-error").text()).contains("Enter what you want to bring");
  }

  @Test
  void isForThoseInvitedAndNobodyTheDoorRefuses() throws Exception {
    given(meetings.rights(review)).willReturn(new MeetingRights(false, false, true));
    CurrentUser stranger = MeetingDoor.stranger(access);

    mvc.perform(get(prepare).with(user(PARENT))).andExpect(status().isForbidden());
    mvc.perform(MeetingDoor.form(PARENT, prepare, "kind", "QUESTION", "text", "Why?"))
        .andExpect(status().isForbidden());
    mvc.perform(get(prepare).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(MeetingDoor.form(stranger, prepare, "kind", "QUESTION", "text", "Why?"))
        .andExpect(status().isNotFound());

    verify(preparation, never()).add(any(), any());
  }
}

package org.goldenthread.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.child.Profiles;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Plans;
import org.goldenthread.plan.Slices;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The child's own page: what they are good at and what helps, their goals in short, "you said, we
 * did", and a feeling or words to send; each picture beside a heading is hidden from screen
 * readers, whose heading says it in words.
 */
@WebMvcTest(ChildHomePageController.class)
@Import(Slices.Pages.class)
class ChildHomePageControllerTests {

  static final CurrentUser SARAH = TestDoor.person("Sarah Bennett", Role.PARENT);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Views views;
  @MockitoBean Profiles profiles;
  @MockitoBean Plans plans;

  AccessibleChild herself;
  AccessibleChild asMother;
  String page;

  @BeforeEach
  void sarahsPage() {
    herself = TestDoor.opens(access, SARAH, "Sarah Bennett", Relationship.CHILD);
    asMother = TestDoor.sameChild(herself, PARENT, Relationship.PARENT);
    given(access.open(PARENT, herself.id())).willReturn(asMother);
    page = "/children/" + herself.id() + "/my-page";
    given(profiles.sections(any()))
        .willReturn(
            List.of(
                new ProfileSectionView(
                    ProfileSectionKind.LIKE_AND_ADMIRE, "Kind and funny", "Claire", null, 1),
                new ProfileSectionView(ProfileSectionKind.HOW_TO_SUPPORT_ME, null, null, null, 0)));
    given(plans.outcomes(any()))
        .willReturn(
            List.of(
                new OutcomeView(
                    UUID.randomUUID(),
                    "Sarah will read a short book aloud to a friend. She will do this by July.",
                    null,
                    null,
                    OutcomeStatus.IN_PROGRESS,
                    false,
                    List.of(),
                    List.of(),
                    null,
                    0)));
    given(views.answered(any())).willReturn(List.of(RecordedViews.fedBack(herself)));
    given(views.mayRecord(herself)).willReturn(EnumSet.of(Whose.CHILD));
    given(views.mayRecord(asMother)).willReturn(EnumSet.allOf(Whose.class));
    given(views.isTheChild(herself)).willReturn(true);
  }

  @Test
  void theChildSeesHerPageInEasyRead() throws Exception {
    Document shown = Slices.show(mvc, SARAH, page);

    assertThat(shown.select("h1").text()).isEqualTo("My page");
    assertThat(shown.select(".app-easy-read")).hasSize(1);
    assertThat(shown.select("#good-at").text()).contains("What I am good at", "Kind and funny");
    assertThat(shown.select("#helps").text())
        .contains("What helps me", "There is nothing here yet");
    assertThat(shown.select("#goals li").eachText())
        .containsExactly("Sarah will read a short book aloud to a friend.");
    assertThat(shown.select("#you-said").text())
        .contains("You said", "More help with homework", "We did", "homework club on Tuesdays");
    assertThat(shown.select("h2 svg").eachAttr("aria-hidden")).containsOnly("true").hasSize(5);
    assertThat(shown.select("input[name=feeling]").eachAttr("value"))
        .containsExactly("HAPPY", "OK", "WORRIED", "SAD", "ANGRY");
    assertThat(shown.select("label[for=feeling-3]").text()).isEqualTo("Worried");
    assertThat(shown.select("#adult-note")).isEmpty();
  }

  @Test
  void herMotherSeesWhatSheSees() throws Exception {
    Document shown = Slices.show(mvc, PARENT, page);

    assertThat(shown.select("#adult-note").text()).contains("This is the page Sarah Bennett sees");
    assertThat(shown.select("#good-at").text()).contains("Kind and funny");
  }

  @Test
  void aFeelingPickedIsSentInWordsAsHerOwnView() throws Exception {
    given(views.record(herself, ViewInput.ofChild("I feel worried.", Feeling.WORRIED)))
        .willReturn(RecordedViews.open(herself));
    mvc.perform(Slices.form(SARAH, page, "feeling", "WORRIED", "text", " "))
        .andExpect(redirectedUrl(page));

    given(views.record(herself, ViewInput.ofChild("Maths is hard", null)))
        .willReturn(RecordedViews.open(herself));
    mvc.perform(Slices.form(SARAH, page, "text", "Maths is hard")).andExpect(redirectedUrl(page));
  }

  @Test
  void nothingPickedOrTypedAsksForOneOfThem() throws Exception {
    Document refused = Slices.submit(mvc, SARAH, page, "text", "");

    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#feeling");
    assertThat(refused.select("#feeling-error").text())
        .contains("Pick how you feel, or type what you want to say.");
    verify(views, never()).record(any(), any());
  }
}

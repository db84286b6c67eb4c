package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.PARENT;
import static org.goldenthread.child.ChildPeople.TEACHER;
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

import java.time.Instant;
import java.util.List;
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

@WebMvcTest(ProfilePageController.class)
@Import(ChildPages.Slice.class)
class ProfilePageControllerTests {

  static final ProfileSectionKind COMMUNICATE = ProfileSectionKind.HOW_I_COMMUNICATE;

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Profiles profiles;

  AccessibleChild sarah;

  @BeforeEach
  void sarahsProfile() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
    given(profiles.sections(any())).willReturn(List.of(written("She points and signs", 2)));
  }

  private static ProfileSectionView written(String text, long version) {
    return new ProfileSectionView(
        COMMUNICATE, text, "Claire Bennett", Instant.parse("2026-11-22T09:30:00Z"), version);
  }

  private String section() {
    return "/children/" + sarah.id() + "/profile/how-i-communicate";
  }

  @Test
  void theSectionIsThePageHeadingAndLabelsItsTextWithAHint() throws Exception {
    Document page = ChildPages.show(mvc, PARENT, section());

    assertThat(page.select("h1 label[for=text]").text()).isEqualTo("How I communicate");
    assertThat(page.select("#text-hint").text())
        .isEqualTo("How the child tells people things, and how best to talk and listen to them");
    assertThat(page.select("textarea#text").attr("aria-describedby")).isEqualTo("text-hint");
    assertThat(page.select("textarea#text").text()).isEqualTo("She points and signs");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("2");
    assertThat(page.select(".govuk-caption-l").text())
        .isEqualTo("One-page profile of Sarah Bennett");
    assertThat(page.select("main form").attr("action")).isEqualTo(section());
  }

  @Test
  void savesWhatWasTypedFromTheVersionReadAndGoesBackToTheSection() throws Exception {
    mvc.perform(
            ChildPages.form(PARENT, section(), "text", "She uses Makaton signs", "version", "2"))
        .andExpect(redirectedUrl("/children/" + sarah.id() + "#profile-how-i-communicate"))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.profile.banner.saved", "How I communicate")));

    verify(profiles).write(sarah, COMMUNICATE, "She uses Makaton signs", 2);
  }

  @Test
  void anEmptySectionIsShownInTheSummaryAndBesideTheText() throws Exception {
    given(profiles.write(any(), any(), any(), anyLong()))
        .willThrow(ValidationProblem.of("text", "child.profile.error.missing"));

    Document page = ChildPages.submit(mvc, PARENT, section(), "text", " ", "version", "2");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#text Write something in this section");
    assertThat(page.select("#text-error").text())
        .isEqualTo("Error: Write something in this section");
    assertThat(page.select("textarea#text").hasClass("govuk-textarea--error")).isTrue();
  }

  @Test
  void aSectionChangedMeanwhileShowsWhatIsSavedNowBesideWhatWasTyped() throws Exception {
    given(profiles.write(any(), any(), any(), eq(2L))).willThrow(new EditConflict());
    given(profiles.sections(any())).willReturn(List.of(written("She uses a talker", 3)));

    Document page =
        ChildPages.submit(mvc, PARENT, section(), "text", "She uses Makaton signs", "version", "2");

    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this section since you opened it");
    assertThat(page.select("textarea#text").text()).isEqualTo("She uses a talker");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("3");
    assertThat(page.select("#your-changes").text()).contains("She uses Makaton signs");
  }

  @Test
  void earlierVersionsAreListedNewestFirstWithWhoWroteThemAndWhen() throws Exception {
    given(profiles.history(any(), eq(COMMUNICATE)))
        .willReturn(
            List.of(
                written("She uses Makaton signs", 3),
                new ProfileSectionView(
                    COMMUNICATE,
                    "She points",
                    "Priya Shah",
                    Instant.parse("2026-09-01T14:05:00Z"),
                    1)));

    Document page = ChildPages.show(mvc, PARENT, section() + "/history");

    assertThat(page.select("h1").text()).isEqualTo("Earlier versions of “How I communicate”");
    assertThat(page.select(".govuk-summary-card__title").eachText())
        .containsExactly(
            "Now: written by Claire Bennett on 22 November 2026 at 9:30am",
            "Written by Priya Shah on 1 September 2026 at 3:05pm");
  }

  @Test
  void onlyThoseWhoMayEditTheProfileMayWriteIt() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    String path = "/children/" + asTeacher.id() + "/profile/how-i-communicate";

    mvc.perform(get(path).with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, path, "text", "Anything", "version", "2"))
        .andExpect(status().isForbidden());

    verify(profiles, never()).write(any(), any(), any(), anyLong());
  }

  @Test
  void noSuchSectionAndSomeoneTheDoorRefusesAreNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get("/children/" + sarah.id() + "/profile/favourite-food").with(user(PARENT)))
        .andExpect(status().isNotFound());
    mvc.perform(get(section()).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(ChildPages.form(stranger, section(), "text", "Anything", "version", "2"))
        .andExpect(status().isNotFound());

    verify(profiles, never()).write(any(), any(), any(), anyLong());
  }
}

package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.child.ChildPeople.OFFICER;
import static org.goldenthread.child.ChildPeople.SENCO;
import static org.goldenthread.child.ChildPeople.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
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
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildPages;
import org.goldenthread.child.ChildViews;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
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

@WebMvcTest(FamilyLimitPageController.class)
@Import(ChildPages.Slice.class)
class FamilyLimitPageControllerTests {

  static final String ORDER = "Court order of 3 March 2026: no information about school";

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Children children;
  @MockitoBean Families families;
  @MockitoBean InformationLimits limits;

  AccessibleChild sarah;
  FamilyMemberView david;

  @BeforeEach
  void sarahsFather() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    given(children.get(any())).willReturn(ChildViews.record(sarah));
    david = FamilyViews.parent("David Bennett", "david@example.org", false);
    given(families.members(any())).willReturn(List.of(david));
  }

  private String limit(AccessibleChild child) {
    return "/children/" + child.id() + "/family/" + david.id() + "/limit";
  }

  @Test
  void asksWhetherToLimitWithTheReasonAndShowsEarlierLimitsToTheSenco() throws Exception {
    given(limits.history(sarah, david.id()))
        .willReturn(
            List.of(
                new InformationLimitChange.View(
                    false,
                    "The order ended",
                    "Priya Shah",
                    Instant.parse("2026-10-05T08:15:00Z"))));

    Document page = ChildPages.show(mvc, SENCO, limit(sarah));

    assertThat(page.select("h1").text()).isEqualTo("Limit what David Bennett is told");
    assertThat(page.select("#limit-now").text()).startsWith("No limit is recorded");
    assertThat(page.select("fieldset legend").text())
        .isEqualTo("Should what they are told be limited?");
    assertThat(page.select("label[for=limited]").text()).isEqualTo("Yes");
    assertThat(page.select("input[name=limited][checked]").val()).isEqualTo("true");
    assertThat(page.select("label[for=reason]").text()).isEqualTo("The court order or reason");
    assertThat(page.select("#reason-hint").text()).startsWith("For a limit, the court order");
    assertThat(page.select("#limit-history tbody tr").text())
        .isEqualTo("5 October 2026 at 9:15am Limit cleared The order ended Priya Shah");
  }

  @Test
  void anOfficerMayRecordALimitButNotReadTheReasonsGivenBefore() throws Exception {
    AccessibleChild asOfficer =
        TestDoor.opens(access, OFFICER, "Sarah Bennett", Relationship.AUTHORITY_OFFICER);

    Document page = ChildPages.show(mvc, OFFICER, limit(asOfficer));

    assertThat(page.select("textarea#reason")).hasSize(1);
    assertThat(page.select("#limit-history")).isEmpty();
    verify(limits, never()).history(any(), any());
  }

  @Test
  void recordsTheLimitWithItsReasonAndSaysSo() throws Exception {
    given(families.limit(sarah, david.id(), 2, true, ORDER))
        .willReturn(FamilyViews.parent("David Bennett", "david@example.org", true));

    mvc.perform(
            ChildPages.form(
                SENCO, limit(sarah), "limited", "true", "reason", ORDER, "version", "2"))
        .andExpect(redirectedUrl("/children/" + sarah.id() + "/family"))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("child.family.limit.banner.recorded", "David Bennett")));

    verify(families).limit(sarah, david.id(), 2, true, ORDER);
  }

  @Test
  void withoutAnAnswerNothingIsSavedAndTheQuestionIsLinked() throws Exception {
    Document page = ChildPages.submit(mvc, SENCO, limit(sarah), "reason", ORDER, "version", "2");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#limited Select yes if what they are told should be limited");
    assertThat(page.select("#limited-error").text()).contains("Select yes if");
    assertThat(page.select("textarea#reason").text()).isEqualTo(ORDER);
    verify(families, never()).limit(any(), any(), anyLong(), anyBoolean(), any());
  }

  @Test
  void aMissingReasonIsShownBesideTheReasonBox() throws Exception {
    given(families.limit(any(), any(), anyLong(), anyBoolean(), any()))
        .willThrow(ValidationProblem.of("limitationNote", "child.family.error.limitReason"));

    Document page = ChildPages.submit(mvc, SENCO, limit(sarah), "limited", "true", "version", "2");

    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#reason Give the court order or the reason for this change to the limit");
    assertThat(page.select("#reason-error").text()).contains("Give the court order");
    assertThat(page.select("input[name=limited][checked]").val()).isEqualTo("true");
  }

  @Test
  void othersMayNotLimitAndNoOneFindsAMemberWhoIsNotInTheFamily() throws Exception {
    AccessibleChild asTeacher =
        TestDoor.opens(access, TEACHER, "Sarah Bennett", Relationship.TEACHER);
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(limit(asTeacher)).with(user(TEACHER))).andExpect(status().isForbidden());
    mvc.perform(ChildPages.form(TEACHER, limit(asTeacher), "limited", "true", "version", "2"))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/children/" + sarah.id() + "/family/" + UUID.randomUUID() + "/limit")
                .with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get(limit(sarah)).with(user(stranger))).andExpect(status().isNotFound());

    verify(families, never()).limit(any(), any(), anyLong(), anyBoolean(), any());
  }
}

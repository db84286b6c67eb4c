package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NotFound;
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

/** One item of the plan on its own page, with its comments and its changes. */
@WebMvcTest(PlanItemPageController.class)
@Import(PlanPages.Slice.class)
class PlanItemPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;

  AccessibleChild sarah;
  NeedView need;
  String page;

  @BeforeEach
  void sarahsNeed() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    PlanPages.Thread thread = PlanPages.thread();
    need = thread.need();
    page = "/children/" + sarah.id() + "/plan/needs/" + need.id();
    CommentView comment =
        new CommentView(
            UUID.randomUUID(),
            PlanItemKind.NEEDS,
            need.id(),
            UUID.randomUUID(),
            "Claire Bennett",
            true,
            "She joins in more at home",
            PlanPages.MONDAY);
    given(plans.plan(any())).willReturn(PlanPages.plan(sarah.id(), thread, List.of(comment)));
    given(plans.item(sarah, PlanItemKind.NEEDS, need.id())).willReturn(need);
    given(plans.changes(sarah, PlanItemKind.NEEDS, need.id())).willReturn(PlanPages.added(need));
  }

  @Test
  void showsTheItemItsCommentsItsChangesAndALabelledCommentBox() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("h1").text()).isEqualTo("Finds it hard to join in a game");
    assertThat(shown.select("#comment-list").text())
        .contains("Claire Bennett on", "She joins in more at home");
    assertThat(shown.select("#changes h3").text()).contains("Helen Carter");
    assertThat(shown.select("#comment-form").attr("action")).isEqualTo(page + "/comments");
    assertThat(shown.select("label[for=text]").text()).isEqualTo("Add a comment");
    assertThat(shown.select("#text-hint").text())
        .isEqualTo("Everyone who can see the plan can read it, including the family.");
  }

  @Test
  void aCommentIsAddedAsTypedAndLeadsBackToTheItem() throws Exception {
    mvc.perform(Slices.form(SENCO, page + "/comments", "text", "Could we try a buddy bench?"))
        .andExpect(redirectedUrl(page))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE, PageBanner.success("plan.item.comment.added", null)));

    verify(plans).comment(sarah, PlanItemKind.NEEDS, need.id(), "Could we try a buddy bench?");
  }

  @Test
  void anEmptyCommentIsRefusedOnItsBoxLinkedFromTheSummary() throws Exception {
    given(plans.comment(sarah, PlanItemKind.NEEDS, need.id(), "  "))
        .willThrow(ValidationProblem.of("text", "plan.error.comment.text"));

    Document shown = Slices.submit(mvc, SENCO, page + "/comments", "text", "  ");

    assertThat(shown.title()).startsWith("Error: ");
    assertThat(shown.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#text");
    assertThat(shown.select(".govuk-error-summary a").text()).isEqualTo("Enter your comment");
    assertThat(shown.select("#text-error").text()).contains("Enter your comment");
    assertThat(shown.select("h1").text()).isEqualTo("Finds it hard to join in a game");
  }

  @Test
  void anItemNotInThePlanAndAChildTheDoorRefusesAreNotFound() throws Exception {
    UUID gone = UUID.randomUUID();
    given(plans.item(sarah, PlanItemKind.NEEDS, gone)).willThrow(NotFound.error());
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get("/children/" + sarah.id() + "/plan/needs/" + gone).with(user(SENCO)))
        .andExpect(status().isNotFound());
    mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, page + "/comments", "text", "Hello"))
        .andExpect(status().isNotFound());
    verify(plans, never()).comment(any(), any(), any(), any());
  }
}

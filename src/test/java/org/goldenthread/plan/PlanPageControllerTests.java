package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.plan.PlanPages.PARENT;
import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
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

/** The plan page, the plan as it stood on a day, and agreeing the plan. */
@WebMvcTest(PlanPageController.class)
@Import(PlanPages.Slice.class)
class PlanPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;

  AccessibleChild sarah;
  PlanPages.Thread thread;

  @BeforeEach
  void sarahsPlan() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    thread = PlanPages.thread();
    given(plans.plan(any())).willReturn(PlanPages.plan(sarah.id(), thread));
  }

  private String plan(AccessibleChild child) {
    return "/children/" + child.id() + "/plan";
  }

  @Test
  void theSencoReadsTheThreadAndMayAddEveryKindOfItem() throws Exception {
    Document page = Slices.show(mvc, SENCO, plan(sarah));

    assertThat(page.select("h1").text()).isEqualTo("Plan");
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Sarah Bennett");
    assertThat(page.select("#thread").text())
        .contains(
            "To have a friend to play with",
            "Finds it hard to join in a game",
            "Joins a game at playtime",
            "Lego therapy in a small group");
    assertThat(page.select("#add-to-the-plan a").eachAttr("href"))
        .containsExactly(
            plan(sarah) + "/aspirations/new",
            plan(sarah) + "/needs/new",
            plan(sarah) + "/outcomes/new",
            plan(sarah) + "/provisions/new",
            plan(sarah) + "/strategies/new");
    assertThat(page.select("#agree-form")).isEmpty();
  }

  @Test
  void aParentMayAddHopesAndStrategiesAndAgreeTheVersionRead() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, PlanPages.CHILD, Relationship.PARENT);

    Document page = Slices.show(mvc, PARENT, plan(asParent));

    assertThat(page.select("#add-to-the-plan a").eachAttr("href"))
        .containsExactly(plan(asParent) + "/aspirations/new", plan(asParent) + "/strategies/new");
    assertThat(page.select("#agree-form").attr("action")).isEqualTo(plan(asParent) + "/agreement");
    assertThat(page.select("#agree-form input[name=version]").val()).isEqualTo("7");
  }

  @Test
  void theTablesViewLinksBackToTheThread() throws Exception {
    Document page = Slices.show(mvc, SENCO, plan(sarah) + "?view=tables");

    assertThat(page.select("a:contains(See the plan as a thread)").attr("href"))
        .isEqualTo(plan(sarah));
    assertThat(page.select("table caption").eachText()).contains("Support (provision)");
  }

  @Test
  void aDayTypedInTheBoxesLeadsToThePlanAsItStoodThatDay() throws Exception {
    mvc.perform(
            get(plan(sarah) + "/history")
                .param("at.day", "1")
                .param("at.month", "3")
                .param("at.year", "2026")
                .with(user(SENCO)))
        .andExpect(redirectedUrl(plan(sarah) + "/history?at=2026-03-01"));

    given(plans.asOf(sarah, LocalDate.of(2026, 3, 1)))
        .willReturn(PlanPages.plan(sarah.id(), thread));
    Document page = Slices.show(mvc, SENCO, plan(sarah) + "/history?at=2026-03-01");

    assertThat(page.select("h1").text()).isEqualTo("The plan as it was on a date");
    assertThat(page.select("#as-it-was").text()).contains("The plan as it was on 1 March 2026");
    assertThat(page.select("#at\\.day").val()).isEqualTo("1");
    assertThat(page.select("#thread").text()).contains("Joins a game at playtime");
    assertThat(page.select("#add-to-the-plan, a[href$=/edit]")).isEmpty();
  }

  @Test
  void aDayInTheFutureIsRefusedOnTheDateWithWhatWasTypedKept() throws Exception {
    Document page =
        Slices.show(mvc, SENCO, plan(sarah) + "/history?at.day=24&at.month=11&at.year=2026");

    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#at.day");
    assertThat(page.select("#at-error").text()).isNotBlank();
    assertThat(page.select("label[for=at.day]").text()).isEqualTo("Day");
    assertThat(page.select("#at\\.day").val()).isEqualTo("24");
    assertThat(page.select("#at\\.year").val()).isEqualTo("2026");
    assertThat(page.select("#as-it-was")).isEmpty();
    verify(plans, never()).asOf(any(), any());
  }

  @Test
  void agreeingTheVersionReadSaysSoAndAStaleOneSaysThePlanChanged() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, PlanPages.CHILD, Relationship.PARENT);
    given(plans.agree(asParent, 7))
        .willReturn(
            new AgreementView(
                null, 7, PARENT.id(), "Claire Bennett", "PARENT", Slices.TODAY, null));
    given(plans.agree(asParent, 6)).willThrow(new EditConflict());

    mvc.perform(Slices.form(PARENT, plan(asParent) + "/agreement", "version", "7"))
        .andExpect(redirectedUrl(plan(asParent)))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("plan.page.agreement.done", "Claire Bennett")));
    mvc.perform(Slices.form(PARENT, plan(asParent) + "/agreement", "version", "6"))
        .andExpect(redirectedUrl(plan(asParent)))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.important("plan.page.agreement.changed", null)));
  }

  @Test
  void someoneTheDoorRefusesFindsNoPlanNorHistoryNorAgreement() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);

    mvc.perform(get(plan(sarah)).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(plan(sarah) + "/history?at=2026-03-01").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, plan(sarah) + "/agreement", "version", "7"))
        .andExpect(status().isNotFound());
    verify(plans, never()).agree(any(), anyLong());
  }
}

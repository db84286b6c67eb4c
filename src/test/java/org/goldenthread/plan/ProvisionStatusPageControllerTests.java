package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.plan.PlanPages.PARENT;
import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Pausing or stopping a piece of support: for staff, with the reason beside its box. */
@WebMvcTest(ProvisionStatusPageController.class)
@Import(PlanPages.Slice.class)
class ProvisionStatusPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;

  AccessibleChild sarah;
  ProvisionView provision;
  String page;

  @BeforeEach
  void sarahsSupport() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    provision = PlanPages.thread().provision();
    page = "/children/" + sarah.id() + "/plan/provisions/" + provision.id() + "/status";
    given(plans.item(sarah, PlanItemKind.PROVISIONS, provision.id())).willReturn(provision);
    given(plans.mayChangeProvisionStatus(sarah)).willReturn(true);
  }

  @Test
  void showsTheChoicesTheReasonAndTheDatesWithTheSupportGivenNow() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("h1").text()).isEqualTo("Pause or stop support");
    assertThat(shown.select("fieldset legend").first().text())
        .isEqualTo("Is this support being given?");
    assertThat(shown.select("input[name=status][checked]").val()).isEqualTo("ACTIVE");
    assertThat(shown.select("label[for=status-2]").text()).isEqualTo("Paused for now");
    assertThat(shown.select("label[for=reason]").text()).isEqualTo("Why?");
    assertThat(shown.select("main form").attr("action")).isEqualTo(page);
  }

  @Test
  void aParentWhoMaySeeThePlanMayNotPauseItsSupport() throws Exception {
    AccessibleChild asParent = TestDoor.opens(access, PARENT, PlanPages.CHILD, Relationship.PARENT);
    String parentPage =
        "/children/" + asParent.id() + "/plan/provisions/" + provision.id() + "/status";
    given(plans.item(asParent, PlanItemKind.PROVISIONS, provision.id())).willReturn(provision);

    mvc.perform(Slices.form(PARENT, parentPage, "version", "0", "status", "STOPPED"))
        .andExpect(status().isForbidden());
    verify(plans, never()).setProvisionStatus(any(), any(), any(), any());
  }

  @Test
  void aPauseWithoutAReasonIsShownBesideTheBoxWithWhatWasChosenKept() throws Exception {
    given(plans.setProvisionStatus(eq(sarah), eq(provision.id()), eq(0L), any()))
        .willThrow(ValidationProblem.of("reason", "plan.provisionStatus.error.reason"));

    Document shown = Slices.submit(mvc, SENCO, page, "version", "0", "status", "PAUSED");

    assertThat(shown.title()).startsWith("Error: Pause or stop support");
    assertThat(shown.select("#reason-error").text())
        .contains("Say why the support is paused or stopped: the family will be told");
    assertThat(shown.select("input[name=status][checked]").val()).isEqualTo("PAUSED");
  }

  @Test
  void aDateThatIsNotRealIsRefusedBesideItBeforeAnythingIsSaved() throws Exception {
    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "0",
            "status",
            "PAUSED",
            "reason",
            "Away",
            "until.day",
            "31",
            "until.month",
            "2",
            "until.year",
            "2027");

    assertThat(shown.select("#until-error").text()).contains("Enter a real date, like 14 12 2026");
    verify(plans, never()).setProvisionStatus(any(), any(), any(), any());
  }

  @Test
  void aPauseIsSavedWithItsDatesAndLandsOnTheSupportsPage() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                page,
                "version",
                "0",
                "status",
                "PAUSED",
                "reason",
                "Away on a course",
                "until.day",
                "18",
                "until.month",
                "12",
                "until.year",
                "2026"))
        .andExpect(redirectedUrl("/children/" + sarah.id() + "/plan/provisions/" + provision.id()));

    verify(plans)
        .setProvisionStatus(
            sarah,
            provision.id(),
            0L,
            new ProvisionStatusChange(
                ProvisionStatus.PAUSED, "Away on a course", null, LocalDate.of(2026, 12, 18)));
  }

  @Test
  void aChangeAfterSomeoneElsesShowsTheSupportAsSavedNow() throws Exception {
    given(plans.setProvisionStatus(eq(sarah), eq(provision.id()), eq(0L), any()))
        .willThrow(new EditConflict());

    Document shown =
        Slices.submit(mvc, SENCO, page, "version", "0", "status", "STOPPED", "reason", "Done");

    assertThat(shown.select(".govuk-error-summary").text())
        .contains("Someone else changed this support");
    assertThat(shown.select("input[name=status][checked]").val()).isEqualTo("ACTIVE");
  }
}

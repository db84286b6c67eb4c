package org.goldenthread.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.provision.SchoolRates.SENCO;
import static org.goldenthread.provision.SchoolRates.TEACHER;
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

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

/** A school's costs of an hour of support, read by its staff and set by its SENCO. */
@WebMvcTest(CostRatesPageController.class)
@Import(Slices.Pages.class)
class CostRatesPageControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean CostRates costRates;

  UUID school = UUID.randomUUID();
  SchoolCosts costs;
  String page;

  @BeforeEach
  void riverside() {
    costs = SchoolRates.riverside(school);
    page = "/schools/" + school + "/cost-rates";
    given(costRates.costs(any(), eq(school))).willReturn(costs);
    given(costRates.maySet(SENCO, school)).willReturn(true);
  }

  private static Map<DelivererRole, Integer> pence(Integer ta, Integer teacher) {
    Map<DelivererRole, Integer> pence = new EnumMap<>(DelivererRole.class);
    pence.put(DelivererRole.TEACHING_ASSISTANT, ta);
    pence.put(DelivererRole.TEACHER, teacher);
    pence.put(DelivererRole.THERAPIST, null);
    pence.put(DelivererRole.OTHER, null);
    return pence;
  }

  @Test
  void theSencoSeesTheCostsInUseAndABoxForEachWithTheStandardAsHint() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("h1").text())
        .isEqualTo("Costs of an hour of support at Riverside Academy");
    assertThat(shown.select("table tbody tr").first().text())
        .isEqualTo("Teaching assistant £22.50 Set by your school");
    assertThat(shown.select("main form").attr("action")).isEqualTo(page);
    assertThat(shown.select("input[name=version]").val()).isEqualTo(Long.toString(costs.version()));
    assertThat(shown.select("label[for=teachingAssistant]").text()).isEqualTo("Teaching assistant");
    assertThat(shown.select("input#teachingAssistant").val()).isEqualTo("22.50");
    assertThat(shown.select("label[for=teacher]").text()).isEqualTo("Teacher");
    assertThat(shown.select("input#teacher").val()).isEmpty();
    assertThat(shown.select("#teacher-hint").text())
        .isEqualTo("Leave empty for the standard £45.00");
    assertThat(shown.select("#other-hint").text())
        .isEqualTo("Leave empty to leave this support uncosted");
  }

  @Test
  void aTeacherReadsTheCostsWithNoFormToChangeThem() throws Exception {
    Document shown = Slices.show(mvc, TEACHER, page);

    assertThat(shown.select("table tbody tr")).hasSize(4);
    assertThat(shown.select("main form")).isEmpty();
    assertThat(shown.select("main").text())
        .contains("Your school's SENCO, head teacher or administrator can change these costs.");
  }

  @Test
  void costsThatAreNotPoundsOrTooMuchAreRefusedBesideEachBoxWithWhatWasTypedKept()
      throws Exception {
    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            Long.toString(costs.version()),
            "teachingAssistant",
            "22.50",
            "teacher",
            "lots",
            "therapist",
            "2000");

    assertThat(shown.title()).startsWith("Error: Costs of an hour of support at Riverside Academy");
    assertThat(shown.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#teacher", "#therapist");
    assertThat(shown.select("#teacher-error").text())
        .contains("Enter the cost of an hour in pounds, like 22.50");
    assertThat(shown.select("#therapist-error").text())
        .contains("Enter a cost per hour from £0 to £1,000");
    assertThat(shown.select("input#teacher").val()).isEqualTo("lots");
    assertThat(shown.select("input#therapist").val()).isEqualTo("2000");
    verify(costRates, never()).setRates(any(), any(), anyLong(), any());
  }

  @Test
  void goodCostsAreSavedInPenceAndTheSchoolIsToldEveryPlanUsesThem() throws Exception {
    given(costRates.setRates(any(), any(), anyLong(), any())).willReturn(costs);

    mvc.perform(
            Slices.form(
                SENCO,
                page,
                "version",
                Long.toString(costs.version()),
                "teachingAssistant",
                "£22.50",
                "teacher",
                "47",
                "therapist",
                "",
                "other",
                " "))
        .andExpect(redirectedUrl(page))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("plan.costs.saved", "Riverside Academy")));

    verify(costRates).setRates(SENCO, school, costs.version(), pence(2250, 4700));
  }

  @Test
  void aStaleSaveShowsWhatWasTypedBesideTheCostsSavedNow() throws Exception {
    SchoolCosts now = SchoolRates.withAssistantAt(school, 2400);
    given(costRates.costs(any(), eq(school))).willReturn(costs, now);
    given(costRates.setRates(any(), any(), anyLong(), any())).willThrow(new EditConflict());

    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            Long.toString(costs.version()),
            "teachingAssistant",
            "23",
            "teacher",
            "",
            "therapist",
            "",
            "other",
            "");

    assertThat(shown.select(".govuk-error-summary").text())
        .contains("Someone else changed these costs while you were working.");
    assertThat(shown.select("#your-changes").text()).contains("Teaching assistant", "23");
    assertThat(shown.select("input#teachingAssistant").val()).isEqualTo("24.00");
    assertThat(shown.select("input[name=version]").val()).isEqualTo(Long.toString(now.version()));
  }

  @Test
  void someoneFromAnotherSchoolFindsNothingAndATeacherMayNotSetItsCosts() throws Exception {
    CurrentUser stranger = SchoolRates.stranger(costRates, school);
    given(costRates.setRates(eq(TEACHER), eq(school), anyLong(), any()))
        .willThrow(new ErrorResponseException(HttpStatus.FORBIDDEN));

    mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, page, "version", "1", "teacher", "47"))
        .andExpect(status().isNotFound());
    mvc.perform(
            Slices.form(TEACHER, page, "version", Long.toString(costs.version()), "teacher", "47"))
        .andExpect(status().isForbidden());
  }
}

package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
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

/** How a school counts its days: read by its staff, changed by its SENCO, beside each box. */
@WebMvcTest(SchoolCalendarPageController.class)
@Import(Slices.Pages.class)
class SchoolCalendarPageControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser TEACHER = TestDoor.person("Tom Teacher", Role.TEACHER);
  static final SchoolTerm AUTUMN =
      new SchoolTerm(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18));

  @Autowired MockMvc mvc;
  @MockitoBean SchoolCalendars calendars;

  UUID school = UUID.randomUUID();
  String page;

  @BeforeEach
  void riverside() {
    page = "/schools/" + school + "/days";
    given(calendars.read(SENCO, school)).willReturn(calendar(true));
    given(calendars.read(TEACHER, school)).willReturn(calendar(false));
  }

  private SchoolCalendar calendar(boolean mayChange) {
    return new SchoolCalendar(
        school,
        "Riverside Academy",
        new SchoolSettings(15, 10, 6, 10),
        List.of(AUTUMN),
        4,
        mayChange);
  }

  @Test
  void theSencoSeesEachNumberInItsBoxAndTheTermsWithAWayToRemoveEach() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("h1").text()).isEqualTo("How Riverside Academy counts its days");
    assertThat(shown.select("label[for=requestAnswerDays]").text())
        .isEqualTo("Answer a request made in writing within");
    assertThat(shown.select("input#requestAnswerDays").val()).isEqualTo("15");
    assertThat(shown.select("input#evidenceResponseDays").val()).isEqualTo("10");
    assertThat(shown.select("input#contactLapseWeeks").val()).isEqualTo("6");
    assertThat(shown.select("table tbody tr").first().text())
        .startsWith("2 September 2026 18 December 2026 Remove");
    assertThat(shown.select("input[name=startsOn][type=hidden]").val()).isEqualTo("2026-09-02");
    assertThat(shown.select("fieldset legend").eachText())
        .contains("First day of the term", "Last day of the term");
  }

  @Test
  void aTeacherReadsTheDaysWithNoForms() throws Exception {
    Document shown = Slices.show(mvc, TEACHER, page);

    assertThat(shown.select("main form")).isEmpty();
    assertThat(shown.select("dl").text()).contains("15 school days", "10 school days", "6 weeks");
  }

  @Test
  void someoneFromAnotherSchoolIsToldThereIsNothingHere() throws Exception {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.SENCO);
    given(calendars.read(stranger, school)).willThrow(NotFound.error());

    mvc.perform(Slices.form(stranger, page, "version", "4", "requestAnswerDays", "5"))
        .andExpect(status().isNotFound());
    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }

  @Test
  void boxesThatAreNotWholeNumbersAreRefusedBesideThemWithWhatWasTypedKept() throws Exception {
    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "4",
            "requestAnswerDays",
            "fifteen",
            "evidenceResponseDays",
            "",
            "contactLapseWeeks",
            "6");

    assertThat(shown.title()).startsWith("Error: How Riverside Academy counts its days");
    assertThat(shown.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#requestAnswerDays", "#evidenceResponseDays");
    assertThat(shown.select("#requestAnswerDays-error").text())
        .contains("Enter a whole number, like 15");
    assertThat(shown.select("input#requestAnswerDays").val()).isEqualTo("fifteen");
    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }

  @Test
  void numbersOutOfRangeAreShownBesideTheirBox() throws Exception {
    given(calendars.change(eq(SENCO), eq(school), eq(4L), any()))
        .willThrow(ValidationProblem.of("contactLapseWeeks", "school.settings.error.weeks"));

    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "4",
            "requestAnswerDays",
            "15",
            "evidenceResponseDays",
            "15",
            "contactLapseWeeks",
            "99");

    assertThat(shown.select("#contactLapseWeeks-error").text())
        .contains("Enter a number of weeks from 1 to 52");
  }

  @Test
  void goodNumbersAreSavedAndTheSchoolIsToldSo() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                page,
                "version",
                "4",
                "requestAnswerDays",
                " 20 ",
                "evidenceResponseDays",
                "15",
                "contactLapseWeeks",
                "8"))
        .andExpect(redirectedUrl(page))
        .andExpect(
            flash()
                .attribute(
                    PageBanner.ATTRIBUTE,
                    PageBanner.success("school.settings.saved", "Riverside Academy")));

    verify(calendars).change(SENCO, school, 4, new SchoolCalendarChange(20, 15, 8, null, null));
  }

  @Test
  void aChangeAfterSomeoneElsesShowsWhatIsSavedNow() throws Exception {
    given(calendars.change(eq(SENCO), eq(school), eq(3L), any())).willThrow(new EditConflict());

    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "3",
            "requestAnswerDays",
            "20",
            "evidenceResponseDays",
            "15",
            "contactLapseWeeks",
            "8");

    assertThat(shown.select(".govuk-error-summary").text())
        .contains("Someone else changed these settings");
    assertThat(shown.select("input#requestAnswerDays").val()).isEqualTo("15");
  }

  @Test
  void theSencoSeesTheAgeForPupilsOwnAccountsInItsBoxWithAHintInPlainWords() throws Exception {
    Document shown = Slices.show(mvc, SENCO, page);

    assertThat(shown.select("main form h2").text()).isEqualTo("Pupils' own accounts");
    assertThat(shown.select("label[for=childAccountMinAge]").text())
        .isEqualTo("From what age a pupil may be invited to an account of their own");
    assertThat(shown.select("#childAccountMinAge-hint").text())
        .contains(
            "It is 10 unless you choose another age", "A special school may choose a later age");
    assertThat(shown.select("input#childAccountMinAge").val()).isEqualTo("10");
    assertThat(shown.select("input#childAccountMinAge").attr("aria-describedby"))
        .isEqualTo("childAccountMinAge-hint");
  }

  @Test
  void aTeacherReadsTheAgeWithNoBox() throws Exception {
    Document shown = Slices.show(mvc, TEACHER, page);

    assertThat(shown.select("input#childAccountMinAge")).isEmpty();
    assertThat(shown.select("dl").text())
        .contains("From what age a pupil may be invited to an account of their own")
        .contains("From 10 years old");
  }

  @Test
  void aNewAgeIsSavedWithTheOtherSettings() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                page,
                "version",
                "4",
                "requestAnswerDays",
                "15",
                "evidenceResponseDays",
                "10",
                "contactLapseWeeks",
                "6",
                "childAccountMinAge",
                " 12 "))
        .andExpect(redirectedUrl(page));

    verify(calendars).change(SENCO, school, 4, new SchoolCalendarChange(15, 10, 6, 12, null));
  }

  @Test
  void anAgeThatIsNotAWholeNumberIsRefusedBesideItsBoxWithWhatWasTypedKept() throws Exception {
    for (String typed : List.of("twelve", "99999999999", "12.5", "-3", "<b>12</b>", "١٢")) {
      Document shown =
          Slices.submit(
              mvc,
              SENCO,
              page,
              "version",
              "4",
              "requestAnswerDays",
              "15",
              "evidenceResponseDays",
              "10",
              "contactLapseWeeks",
              "6",
              "childAccountMinAge",
              typed);

      assertThat(shown.select(".govuk-error-summary a").eachAttr("href"))
          .as(typed)
          .containsExactly("#childAccountMinAge");
      assertThat(shown.select("#childAccountMinAge-error").text())
          .contains("Enter an age in whole years from 5 to 18");
      assertThat(shown.select("input#childAccountMinAge").val()).isEqualTo(typed);
    }
    Document blank =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "4",
            "requestAnswerDays",
            "15",
            "evidenceResponseDays",
            "10",
            "contactLapseWeeks",
            "6",
            "childAccountMinAge",
            "");
    assertThat(blank.select("#childAccountMinAge-error").text())
        .contains("Enter the age from which a pupil may be invited to an account of their own");
    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }

  /** A NUL in any form field is refused before the page runs, as everywhere: a 400 naming it. */
  @Test
  void aNulInTheAgeIsA400NamingIt() throws Exception {
    mvc.perform(
            Slices.form(
                SENCO,
                page,
                "version",
                "4",
                "requestAnswerDays",
                "15",
                "evidenceResponseDays",
                "10",
                "contactLapseWeeks",
                "6",
                "childAccountMinAge",
                "1\u00002"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("childAccountMinAge")));
    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }

  @Test
  void anAgeOutOfRangeIsShownBesideItsBox() throws Exception {
    given(calendars.change(eq(SENCO), eq(school), eq(4L), any()))
        .willThrow(
            ValidationProblem.of("childAccountMinAge", "school.settings.error.childAccountMinAge"));

    Document shown =
        Slices.submit(
            mvc,
            SENCO,
            page,
            "version",
            "4",
            "requestAnswerDays",
            "15",
            "evidenceResponseDays",
            "10",
            "contactLapseWeeks",
            "6",
            "childAccountMinAge",
            "4");

    assertThat(shown.title()).startsWith("Error: ");
    assertThat(shown.select("#childAccountMinAge-error").text())
        .contains("Enter an age in whole years from 5 to 18");
    assertThat(shown.select("input#childAccountMinAge").val()).isEqualTo("4");
  }

  @Test
  void someoneWhoMayNotChangeTheSettingsCannotChangeTheAge() throws Exception {
    given(calendars.change(eq(TEACHER), eq(school), anyLong(), any()))
        .willThrow(
            new org.springframework.web.ErrorResponseException(
                org.springframework.http.HttpStatus.FORBIDDEN));

    mvc.perform(
            Slices.form(
                TEACHER,
                page,
                "version",
                "4",
                "requestAnswerDays",
                "15",
                "evidenceResponseDays",
                "10",
                "contactLapseWeeks",
                "6",
                "childAccountMinAge",
                "12"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aTermIsAddedToThoseEnteredAndAClashIsShownOnItsFirstDay() throws Exception {
    SchoolTerm spring = new SchoolTerm(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26));

    mvc.perform(
            Slices.form(
                SENCO,
                page + "/terms",
                "version",
                "4",
                "startsOn.day",
                "5",
                "startsOn.month",
                "1",
                "startsOn.year",
                "2027",
                "endsOn.day",
                "26",
                "endsOn.month",
                "3",
                "endsOn.year",
                "2027"))
        .andExpect(redirectedUrl(page));
    verify(calendars).change(SENCO, school, 4, SchoolCalendarChange.terms(List.of(AUTUMN, spring)));

    given(calendars.change(eq(SENCO), eq(school), eq(5L), any()))
        .willThrow(ValidationProblem.of("terms", "school.settings.error.term.overlap"));
    Document clash =
        Slices.submit(
            mvc,
            SENCO,
            page + "/terms",
            "version",
            "5",
            "startsOn.day",
            "1",
            "startsOn.month",
            "12",
            "startsOn.year",
            "2026",
            "endsOn.day",
            "31",
            "endsOn.month",
            "13",
            "endsOn.year",
            "2026");
    assertThat(clash.select("#endsOn-error").text()).contains("Enter a real date, like 2 9 2026");
  }

  @Test
  void aTermIsRemovedByItsFirstDay() throws Exception {
    mvc.perform(
            Slices.form(SENCO, page + "/terms/remove", "version", "4", "startsOn", "2026-09-02"))
        .andExpect(redirectedUrl(page));

    verify(calendars).change(SENCO, school, 4, SchoolCalendarChange.terms(List.of()));
  }
}

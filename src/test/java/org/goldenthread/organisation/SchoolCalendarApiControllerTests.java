package org.goldenthread.organisation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How a school counts its days through the API. */
@WebMvcTest(SchoolCalendarApiController.class)
class SchoolCalendarApiControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final SchoolTerm AUTUMN =
      new SchoolTerm(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18));

  @Autowired MockMvc mvc;
  @MockitoBean SchoolCalendars calendars;

  UUID school = UUID.randomUUID();
  String path;
  SchoolCalendar calendar;

  @BeforeEach
  void riverside() {
    path = "/api/v1/schools/" + school + "/days";
    calendar =
        new SchoolCalendar(
            school,
            "Riverside Academy",
            new SchoolSettings(15, 10, 6, 10),
            List.of(AUTUMN),
            4,
            true);
    given(calendars.read(SENCO, school)).willReturn(calendar);
  }

  @Test
  void answersTheNumbersTheTermsAndTheVersion() throws Exception {
    mvc.perform(Slices.apiGet(SENCO, path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schoolName").value("Riverside Academy"))
        .andExpect(jsonPath("$.requestAnswerDays").value(15))
        .andExpect(jsonPath("$.evidenceResponseDays").value(10))
        .andExpect(jsonPath("$.contactLapseWeeks").value(6))
        .andExpect(jsonPath("$.childAccountMinAge").value(10))
        .andExpect(jsonPath("$.terms[0].startsOn").value("2026-09-02"))
        .andExpect(jsonPath("$.terms[0].endsOn").value("2026-12-18"))
        .andExpect(jsonPath("$.version").value(4));
  }

  @Test
  void changesOnlyWhatTheRequestCarries() throws Exception {
    given(calendars.change(any(), any(), anyLong(), any())).willReturn(calendar);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, SENCO, path, "{\"evidenceResponseDays\": 12, \"version\": 4}"))
        .andExpect(status().isOk());

    verify(calendars)
        .change(SENCO, school, 4, new SchoolCalendarChange(null, 12, null, null, null));
  }

  @Test
  void changesTheAgeForPupilsOwnAccountsAloneWhenThatIsAllItCarries() throws Exception {
    given(calendars.change(any(), any(), anyLong(), any())).willReturn(calendar);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, SENCO, path, "{\"childAccountMinAge\": 12, \"version\": 4}"))
        .andExpect(status().isOk());

    verify(calendars)
        .change(SENCO, school, 4, new SchoolCalendarChange(null, null, null, 12, null));
  }

  @Test
  void anAgeThatIsNotAWholeNumberIsRefusedByItsField() throws Exception {
    for (String age :
        List.of(
            "\"twelve\"", "\"1\\u00002\"", "99999999999", "12.5", "1e40", "[12]", "{}", "true")) {
      mvc.perform(
              Slices.apiSend(
                  HttpMethod.PUT,
                  SENCO,
                  path,
                  "{\"childAccountMinAge\": " + age + ", \"version\": 4}"))
          .andExpect(Slices.badRequestNaming("childAccountMinAge"));
    }

    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }

  @Test
  void aChangeWithoutTheVersionReadIsRefusedByItsField() throws Exception {
    mvc.perform(Slices.apiSend(HttpMethod.PUT, SENCO, path, "{\"requestAnswerDays\": 12}"))
        .andExpect(Slices.badRequestNaming("version"));

    verify(calendars, never()).change(any(), any(), anyLong(), any());
  }
}

package org.goldenthread.provision;

import static org.goldenthread.provision.SchoolRates.SENCO;
import static org.goldenthread.provision.SchoolRates.TEACHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

/** A school's costs of an hour through the API: read by its staff, set by its SENCO. */
@WebMvcTest(CostRatesApiController.class)
class CostRatesApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean CostRates costRates;

  UUID school = UUID.randomUUID();
  SchoolCosts costs;
  String path;

  @BeforeEach
  void riverside() {
    costs = SchoolRates.riverside(school);
    path = "/api/v1/schools/" + school + "/cost-rates";
    given(costRates.costs(any(), eq(school))).willReturn(costs);
  }

  @Test
  void answersEachRoleInPoundsWithTheStandardAndWhoSetIt() throws Exception {
    mvc.perform(Slices.apiGet(TEACHER, path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schoolId").value(school.toString()))
        .andExpect(jsonPath("$.schoolName").value("Riverside Academy"))
        .andExpect(jsonPath("$.rates[0].role").value("TEACHING_ASSISTANT"))
        .andExpect(jsonPath("$.rates[0].perHour").value(22.50))
        .andExpect(jsonPath("$.rates[0].standard").value(20.00))
        .andExpect(jsonPath("$.rates[0].schoolSet").value(true))
        .andExpect(jsonPath("$.rates[3].role").value("OTHER"))
        .andExpect(jsonPath("$.rates[3].perHour").isEmpty())
        .andExpect(jsonPath("$.version").value(costs.version()));

    verify(costRates).costs(TEACHER, school);
  }

  @Test
  void setsOnlyTheRolesSentInPenceAndANullGoesBackToTheStandard() throws Exception {
    given(costRates.setRates(any(), any(), anyLong(), any())).willReturn(costs);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                SENCO,
                path,
                """
                {"version": 12, "rates": [{"role": "TEACHER", "perHour": 47.5},
                                          {"role": "TEACHING_ASSISTANT", "perHour": null}]}
                """))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schoolName").value("Riverside Academy"));

    Map<DelivererRole, Integer> pence = new EnumMap<>(DelivererRole.class);
    pence.put(DelivererRole.TEACHER, 4750);
    pence.put(DelivererRole.TEACHING_ASSISTANT, null);
    verify(costRates).setRates(SENCO, school, 12, pence);
  }

  @Test
  void aCostSentWithMoreDecimalPlacesThanItNeedsIsStillPoundsAndPence() throws Exception {
    given(costRates.setRates(any(), any(), anyLong(), any())).willReturn(costs);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                SENCO,
                path,
                "{\"version\": 12, \"rates\": [{\"role\": \"TEACHER\", \"perHour\": 47.500}]}"))
        .andExpect(status().isOk());

    verify(costRates).setRates(SENCO, school, 12, Map.of(DelivererRole.TEACHER, 4750));
  }

  @Test
  void aBadBodyIsAProblemNamingTheField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                SENCO,
                path,
                "{\"rates\": [{\"role\": \"TEACHER\", \"perHour\": 47}]}"))
        .andExpect(Slices.badRequestNaming("version"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                SENCO,
                path,
                "{\"version\": 12, \"rates\": [{\"role\": \"TEACHER\", \"perHour\": 47.505}]}"))
        .andExpect(Slices.badRequestNaming("teacher"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, SENCO, path, "{\"version\": 12, \"rates\": [{\"perHour\": 47}]}"))
        .andExpect(Slices.badRequestNaming("rates.role"));

    verify(costRates, never()).setRates(any(), any(), anyLong(), any());
  }

  @Test
  void aStaleVersionIsAConflictAndATeacherMayNotSetAndAStrangerFindsNothing() throws Exception {
    CurrentUser stranger = SchoolRates.stranger(costRates, school);
    given(costRates.setRates(eq(SENCO), eq(school), eq(11L), any())).willThrow(new EditConflict());
    given(costRates.setRates(eq(TEACHER), eq(school), anyLong(), any()))
        .willThrow(new ErrorResponseException(HttpStatus.FORBIDDEN));
    String body = "{\"version\": 11, \"rates\": [{\"role\": \"TEACHER\", \"perHour\": 47}]}";

    mvc.perform(Slices.apiSend(HttpMethod.PUT, SENCO, path, body)).andExpect(Slices.problem(409));
    mvc.perform(Slices.apiSend(HttpMethod.PUT, TEACHER, path, body)).andExpect(Slices.problem(403));
    mvc.perform(Slices.apiGet(stranger, path)).andExpect(Slices.problem(404));
    mvc.perform(Slices.apiSend(HttpMethod.PUT, stranger, path, body))
        .andExpect(Slices.problem(404));
  }
}

package org.goldenthread.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON body is checked whole before its controller sees it: every typed field of the wrong form
 * (an enum, a date, an id, a number, nested or in a list) and every Bean Validation constraint it
 * breaks are named in one 400 problem, by their place in the body, each field once.
 */
@WebMvcTest(controllers = BodyValidationTests.EchoController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(BodyValidationTests.EchoController.class)
class BodyValidationTests {

  @Autowired MockMvc mvc;

  enum Progress {
    NOT_STARTED,
    ACHIEVED
  }

  record Step(Progress status, LocalDate on) {}

  record Sample(
      Progress status,
      LocalDate on,
      UUID ownerId,
      @Max(50) Integer sessions,
      @Email(message = "{api.error.email}") String email,
      @Size(max = 3) List<@Valid Step> steps,
      List<UUID> ids) {}

  @RestController
  static class EchoController {
    @PostMapping("/api/v1/test/echo")
    Sample echo(@RequestBody Sample sample) {
      return sample;
    }
  }

  private org.springframework.test.web.servlet.ResultActions send(String json) throws Exception {
    return mvc.perform(
        post("/api/v1/test/echo").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void everyFieldOfTheWrongFormAndEveryBrokenRuleIsNamedInOne400() throws Exception {
    send("""
            {"status":"NEARLY","on":"10 October","ownerId":"tom","sessions":51,
             "email":"not an email","steps":[{"status":"ACHIEVED","on":"2026-13-01"}],
             "ids":["b4f3c1de-1a2b-4c3d-8e9f-0a1b2c3d4e5f","nope"]}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "status", "on", "ownerId", "steps[0].on", "ids[1]", "sessions", "email")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'on')].message")
                .value(containsInAnyOrder("Enter a date in the form 2026-11-22")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'status')].message")
                .value(containsInAnyOrder("Choose one of the allowed values")));
  }

  @Test
  void typedValuesReadAsPeopleWriteThem() throws Exception {
    send("""
            {"status":"achieved","on":"","ownerId":" ","sessions":"3","steps":[],"ids":[null]}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACHIEVED"))
        .andExpect(jsonPath("$.on").doesNotExist())
        .andExpect(jsonPath("$.ownerId").doesNotExist())
        .andExpect(jsonPath("$.sessions").value(3));
  }

  @Test
  void aNumberIsNeverAnEnumsPositionAndTheBodyItselfOfTheWrongFormIsUnreadable() throws Exception {
    send("{\"status\":2}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    send("[1, 2]")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors").doesNotExist());
  }

  @Test
  void aTypedFieldTakesOnlyAValueOfItsOwnForm() throws Exception {
    send("{\"status\":\"\\u0000\",\"on\":\"\\u0000\",\"ownerId\":\"\\u0007\","
            + "\"sessions\":\"\\u0000\",\"steps\":[{\"status\":1,\"on\":20260105}],"
            + "\"ids\":[\"\\u0000\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "status",
                        "on",
                        "ownerId",
                        "sessions",
                        "steps[0].status",
                        "steps[0].on",
                        "ids[0]")));
    for (String sessions : new String[] {"1.5", "2147483648", "9223372036854775808", "1e3"}) {
      send("{\"sessions\":" + sessions + "}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("sessions"))
          .andExpect(jsonPath("$.errors[0].message").value("Enter a whole number, like 3"));
    }
    send("{\"sessions\":\"" + "9".repeat(100_000) + "\",\"on\":\"" + "1".repeat(5_000) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sessions", "on")));
    send("{\"status\":9223372036854775808}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  @Test
  void aBodyThatIsJsonsNullIsAMissingBody() throws Exception {
    for (String body : new String[] {"null", " null ", ""}) {
      send(body)
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
  }

  @Test
  void hostileTextIsNamedWithTheOtherFields() throws Exception {
    send("{\"email\":\"a\\u0000b\",\"on\":\"soon\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("email", "on")));
  }
}

package org.goldenthread.plan;

import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Pausing, stopping and restarting support through the API. */
@WebMvcTest(ProvisionStatusApiController.class)
class ProvisionStatusApiControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Plans plans;

  AccessibleChild sarah;
  ProvisionView provision;
  String path;

  @BeforeEach
  void sarahsSupport() {
    sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    provision = PlanPages.thread().provision();
    path = "/api/v1/children/" + sarah.id() + "/plan/provisions/" + provision.id() + "/status";
  }

  @Test
  void readsTheStatusTheReasonAndTheDatesAndAnswersTheSupport() throws Exception {
    given(plans.setProvisionStatus(any(), any(), any(), any())).willReturn(provision);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                path,
                """
                {"status": "PAUSED", "reason": "Away", "from": "2026-12-07",
                 "until": "2026-12-18", "version": 3}
                """))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(provision.id().toString()));

    verify(plans)
        .setProvisionStatus(
            sarah,
            provision.id(),
            3L,
            new ProvisionStatusChange(
                ProvisionStatus.PAUSED,
                "Away",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 18)));
  }

  @Test
  void aStatusOrADateThatDoesNotReadIsRefusedByItsField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, SENCO, path, "{\"status\": \"ON_HOLD\", \"from\": \"soon\"}"))
        .andExpect(Slices.badRequestNaming("status", "from"));

    verify(plans, never()).setProvisionStatus(any(), any(), any(), any());
  }
}

package org.goldenthread.child;

import static org.goldenthread.child.ChildPeople.PARENT;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ConsentApiController.class)
class ConsentApiControllerTests {

  static final UUID FIONA = UUID.randomUUID();
  static final LocalDate TWENTIETH = LocalDate.of(2026, 11, 20);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Consents consents;

  AccessibleChild sarah;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
  }

  private String consents() {
    return "/api/v1/children/" + sarah.id() + "/consents";
  }

  private static ConsentView consent(ConsentStatus status, LocalDate on) {
    return new ConsentView(
        UUID.randomUUID(),
        FIONA,
        status,
        ConsentMethod.IN_APP,
        on,
        "Claire Bennett",
        "Claire Bennett",
        Instant.parse("2026-11-20T10:00:00Z"));
  }

  @Test
  void listsTheConsentsRecordedAPageAtATime() throws Exception {
    given(consents.history(sarah))
        .willReturn(
            List.of(
                consent(ConsentStatus.WITHDRAWN, TWENTIETH),
                consent(ConsentStatus.GIVEN, LocalDate.of(2026, 9, 1))));

    mvc.perform(ChildApi.get(PARENT, consents() + "?page=1&size=1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].memberId").value(FIONA.toString()))
        .andExpect(jsonPath("$.items[0].status").value("GIVEN"))
        .andExpect(jsonPath("$.items[0].method").value("IN_APP"))
        .andExpect(jsonPath("$.items[0].givenOn").value("2026-09-01"))
        .andExpect(jsonPath("$.items[0].recordedAt").value("2026-11-20T10:00:00Z"));
  }

  @Test
  void recordsConsentAsSentWithTheVersionReadAndAnswersCreated() throws Exception {
    given(
            consents.record(
                sarah,
                FIONA,
                4L,
                ConsentStatus.GIVEN,
                ConsentMethod.WRITTEN,
                TWENTIETH,
                "Claire Bennett"))
        .willReturn(consent(ConsentStatus.GIVEN, TWENTIETH));

    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                PARENT,
                consents(),
                """
                {"memberId": "%s", "status": "GIVEN", "method": "WRITTEN",
                 "givenOn": "2026-11-20", "givenBy": "Claire Bennett", "version": 4}
                """
                    .formatted(FIONA)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("GIVEN"))
        .andExpect(jsonPath("$.givenOn").value("2026-11-20"));
  }

  @Test
  void aBodyThatDoesNotReadIsAProblemNamingEachField() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                PARENT,
                consents(),
                """
                {"memberId": "fiona", "status": "MAYBE", "method": "IN_APP",
                 "givenOn": "yesterday"}
                """))
        .andExpect(ChildApi.badRequestNaming("memberId", "status", "givenOn"));

    verify(consents, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void consentForNoOneIsAProblemNamingTheMember() throws Exception {
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                PARENT,
                consents(),
                "{\"status\": \"GIVEN\", \"method\": \"IN_APP\"}"))
        .andExpect(ChildApi.badRequestNaming("memberId"))
        .andExpect(jsonPath("$.errors[0].message").value("Choose the team member"));

    verify(consents, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void aChildTheCallerMayNotSeeIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(ChildApi.get(stranger, consents())).andExpect(ChildApi.notFoundProblem());
    mvc.perform(
            ChildApi.send(
                HttpMethod.POST,
                stranger,
                consents(),
                "{\"memberId\": \"%s\", \"status\": \"GIVEN\"}".formatted(FIONA)))
        .andExpect(ChildApi.notFoundProblem());

    verifyNoInteractions(consents);
  }
}

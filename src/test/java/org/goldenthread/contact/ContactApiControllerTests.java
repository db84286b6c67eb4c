package org.goldenthread.contact;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The contact log through the API: the shapes the issue fixes and what reaches the service. */
@WebMvcTest(ContactApiController.class)
class ContactApiControllerTests {

  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ContactLog log;

  AccessibleChild sarah;
  String path;
  ContactView entry;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
    path = "/api/v1/children/" + sarah.id() + "/contacts";
    entry =
        new ContactView(
            UUID.randomUUID(),
            sarah.id(),
            LocalDate.parse("2026-10-12"),
            ContactHow.PHONE,
            "Claire Bennett",
            "About therapy",
            "Call back Friday",
            SENCO.id(),
            "Helen Carter",
            Instant.parse("2026-10-12T15:00:00Z"),
            0);
  }

  @Test
  void aContactAnswers201WithIdRecordedByRecordedAtAndVersion() throws Exception {
    given(log.record(eq(sarah), any())).willReturn(entry);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                SENCO,
                path,
                "{\"on\":\"2026-10-12\",\"how\":\"PHONE\",\"with\":\"Claire Bennett\","
                    + "\"summary\":\"About therapy\",\"agreed\":\"Call back Friday\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(entry.id().toString()))
        .andExpect(jsonPath("$.on").value("2026-10-12"))
        .andExpect(jsonPath("$.how").value("PHONE"))
        .andExpect(jsonPath("$.with").value("Claire Bennett"))
        .andExpect(jsonPath("$.recordedBy").value(SENCO.id().toString()))
        .andExpect(jsonPath("$.recordedAt").value("2026-10-12T15:00:00Z"))
        .andExpect(jsonPath("$.version").value(0));
    verify(log)
        .record(
            sarah,
            new NewContact(
                LocalDate.parse("2026-10-12"),
                ContactHow.PHONE,
                "Claire Bennett",
                "About therapy",
                "Call back Friday"));
  }

  @Test
  void anUnreadableDayOrWayIsA400NamingIt() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST, SENCO, path, "{\"on\":\"12/10/2026\",\"how\":\"PIGEON\"}"))
        .andExpect(Slices.badRequestNaming("on", "how"));
    verify(log, never()).record(any(), any());
  }

  @Test
  void theLogIsPaged() throws Exception {
    given(log.entries(eq(sarah), eq(PageRequest.of(0, 50))))
        .willReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 50), 1));
    mvc.perform(Slices.apiGet(SENCO, path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].summary").value("About therapy"));
  }

  @Test
  void aStrangerIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);
    mvc.perform(Slices.apiGet(stranger, path)).andExpect(Slices.problem(404));
    mvc.perform(Slices.apiSend(HttpMethod.POST, stranger, path, "{\"on\":\"2026-10-12\"}"))
        .andExpect(Slices.problem(404));
    verify(log, never()).record(any(), any());
  }
}

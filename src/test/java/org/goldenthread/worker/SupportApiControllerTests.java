package org.goldenthread.worker;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The team around the worker through the API: its shapes, and what reaches the service. */
@WebMvcTest(SupportApiController.class)
class SupportApiControllerTests {

  static final CurrentUser LEAD = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean SupportRequests requests;

  AccessibleChild sarah;
  SupportRequestView open;
  String base;

  @BeforeEach
  void sarahsCase() {
    sarah = TestDoor.opens(access, LEAD, "Sarah Bennett", Relationship.LEAD_PROFESSIONAL);
    open = SupportViews.open(sarah);
    base = "/api/v1/children/" + sarah.id() + "/support-requests";
  }

  @Test
  void askingAnswers201WithIdStatusAndVersion() throws Exception {
    given(
            requests.ask(
                any(),
                eq(
                    new SupportInput(
                        SupportKind.JOINT_VISIT, "Visit", "Come?", LocalDate.of(2026, 12, 1)))))
        .willReturn(open);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                LEAD,
                base,
                "{\"kind\": \"JOINT_VISIT\", \"subject\": \"Visit\", \"text\": \"Come?\","
                    + " \"visitOn\": \"2026-12-01\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(open.id().toString()))
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.version").value(3))
        .andExpect(jsonPath("$.kind").value("SUPERVISION"))
        .andExpect(jsonPath("$.replies[0].writtenByName").value("Fiona Walsh"));
  }

  @Test
  void aWrongKindOrDayIsA400NamingEachField() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                LEAD,
                base,
                "{\"kind\": \"LUNCH\", \"subject\": \"s\", \"text\": \"t\","
                    + " \"visitOn\": \"next week\"}"))
        .andExpect(Slices.badRequestNaming("kind", "visitOn"));
  }

  @Test
  void theListIsAPageAndOneRequestHasItsThread() throws Exception {
    given(requests.forChild(any(), eq(0), anyInt()))
        .willReturn(new PageOf<>(List.of(open), 0, 50, 1));
    given(requests.get(any(), eq(open.id()))).willReturn(open);

    mvc.perform(Slices.apiGet(LEAD, base))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(open.id().toString()))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(Slices.apiGet(LEAD, base + "/" + open.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.replies[0].text").value("Let us talk on Thursday."));
  }

  @Test
  void aReplyAnswers201AndAStaleStatusIs409() throws Exception {
    given(requests.reply(any(), eq(open.id()), eq("Thursday?"))).willReturn(open.replies().get(0));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                LEAD,
                base + "/" + open.id() + "/replies",
                "{\"text\": \"Thursday?\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.writtenByName").value("Fiona Walsh"));

    given(
            requests.changeStatus(
                any(), eq(open.id()), eq(SupportStatus.RESOLVED), eq("Done"), eq(1L)))
        .willThrow(new EditConflict());
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                LEAD,
                base + "/" + open.id() + "/status",
                "{\"status\": \"RESOLVED\", \"note\": \"Done\", \"version\": 1}"))
        .andExpect(Slices.problem(409));
  }
}

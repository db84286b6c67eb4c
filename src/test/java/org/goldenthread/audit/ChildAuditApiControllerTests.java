package org.goldenthread.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code GET /api/v1/children/{id}/audit}: the trail in api.md's shape, through the door. */
@WebMvcTest(ChildAuditApiController.class)
class ChildAuditApiControllerTests {

  private static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ChildAuditRepository entries;

  private AccessibleChild sarah;

  @BeforeEach
  void sarahOpenedToHerSenco() {
    sarah = TestDoor.opens(access, SENCO, "Sarah Bennett", Relationship.SENCO);
  }

  private static MockHttpServletRequestBuilder call(CurrentUser person, String path) {
    return get(path).with(user(person)).accept(MediaType.APPLICATION_JSON);
  }

  @Test
  void answersEachLineWithTheFieldsTheContractNames() throws Exception {
    ChildAuditEntry line = AuditPages.read(sarah.id(), "Claire Bennett", "PARENT", "plan");
    given(entries.findByChildIdOrderByOccurredAtDescIdDesc(eq(sarah.id()), any()))
        .willReturn(AuditPages.page(0, 50, 1, List.of(line)));

    mvc.perform(call(SENCO, "/api/v1/children/" + sarah.id() + "/audit"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.items[0].at").value("2026-11-23T09:30:00Z"))
        .andExpect(jsonPath("$.items[0].actorId").value(line.getActorId().toString()))
        .andExpect(jsonPath("$.items[0].actorName").value("Claire Bennett"))
        .andExpect(jsonPath("$.items[0].role").value("PARENT"))
        .andExpect(jsonPath("$.items[0].action").value("READ"))
        .andExpect(jsonPath("$.items[0].what").value("plan"))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void pagesAsAskedAndClampsASizeOverTheMaximum() throws Exception {
    given(entries.findByChildIdOrderByOccurredAtDescIdDesc(any(), any()))
        .willReturn(AuditPages.page(1, 200, 201, List.of()));

    mvc.perform(call(SENCO, "/api/v1/children/" + sarah.id() + "/audit?page=1&size=500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.total").value(201));

    verify(entries).findByChildIdOrderByOccurredAtDescIdDesc(sarah.id(), PageRequest.of(1, 200));
  }

  @Test
  void aChildTheCallerMayNotSeeIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(call(stranger, "/api/v1/children/" + sarah.id() + "/audit"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404));

    verifyNoInteractions(entries);
  }

  @Test
  void aTeacherWhoMaySeeTheRecordIsForbiddenItsTrail() throws Exception {
    AccessibleChild taught = AuditPages.taughtBy(access);

    mvc.perform(call(taught.user(), "/api/v1/children/" + taught.id() + "/audit"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));

    verifyNoInteractions(entries);
  }
}

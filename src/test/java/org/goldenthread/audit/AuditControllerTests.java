package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.audit.AuditPages.ADMIN;
import static org.goldenthread.audit.AuditPages.HALF_NINE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The platform audit log: who did what, when and from where, for platform administrators. */
@WebMvcTest(AuditController.class)
@Import(AuditPages.Slice.class)
class AuditControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean AuditEventRepository events;

  @Test
  void showsEachLineWithWhoWhatWhenAndFromWhere() throws Exception {
    AuditEvent signIn =
        new AuditEvent(HALF_NINE, ADMIN.id(), "Ada Admin", "SIGN_IN", "Signed in", "10.0.0.7");
    AuditEvent refused =
        new AuditEvent(HALF_NINE, null, null, "SIGN_IN_FAILED", "Refused sign-in", "10.0.0.9");
    given(events.findAllByOrderByOccurredAtDescIdDesc(any()))
        .willReturn(AuditPages.page(0, 50, 2, List.of(signIn, refused)));

    Document page = AuditPages.show(mvc, ADMIN, "/admin/audit");

    assertThat(page.select("h1").text()).isEqualTo("Audit log");
    assertThat(page.title()).isEqualTo("Audit log – Golden Thread");
    assertThat(page.select("thead th").eachText())
        .containsExactly("When", "Who", "What", "From address");
    assertThat(page.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("23 November 2026 at 9:30am", "Ada Admin", "Signed in", "10.0.0.7");
    assertThat(page.select("tbody tr").get(1).select("td").eachText())
        .containsExactly(
            "23 November 2026 at 9:30am", "Not signed in", "Refused sign-in", "10.0.0.9");
  }

  @Test
  void saysSoWhenNothingHasBeenRecorded() throws Exception {
    given(events.findAllByOrderByOccurredAtDescIdDesc(any()))
        .willReturn(AuditPages.page(0, 50, 0, List.of()));

    Document page = AuditPages.show(mvc, ADMIN, "/admin/audit");

    assertThat(page.select("main p").eachText()).contains("Nothing has been recorded yet.");
    assertThat(page.select("table")).isEmpty();
  }

  @Test
  void readsThePageAskedForFiftyAtATimeAndNeverBeforeTheFirst() throws Exception {
    given(events.findAllByOrderByOccurredAtDescIdDesc(any()))
        .willReturn(AuditPages.page(0, 50, 0, List.of()));

    AuditPages.show(mvc, ADMIN, "/admin/audit?page=3");
    AuditPages.show(mvc, ADMIN, "/admin/audit?page=-2");

    verify(events).findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(3, 50));
    verify(events).findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, 50));
  }

  @Test
  void isForPlatformAdministratorsOnly() throws Exception {
    mvc.perform(
            get("/admin/audit")
                .with(
                    SecurityMockMvcRequestPostProcessors.user(
                        TestDoor.person("Sarah Senco", Role.SENCO))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/admin/audit")
                .with(
                    SecurityMockMvcRequestPostProcessors.user(
                        TestDoor.person("Lee Officer", Role.AUTHORITY_OFFICER))))
        .andExpect(status().isForbidden());

    verifyNoInteractions(events);
  }
}

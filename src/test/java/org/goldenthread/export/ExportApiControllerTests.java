package org.goldenthread.export;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/children/{id}/export}: the ZIP written by the export, through the door. */
@WebMvcTest(ExportApiController.class)
class ExportApiControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ChildExport export;

  @Test
  void answersTheZipAsADownloadNamedForTheChild() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    given(export.begin(sarah)).willReturn("record-sarah-bennett-2026-11-23.zip");
    willAnswer(
            call -> {
              call.getArgument(2, OutputStream.class)
                  .write("PK zip".getBytes(StandardCharsets.US_ASCII));
              return null;
            })
        .given(export)
        .write(eq(sarah), any(), any());

    mvc.perform(get("/api/v1/children/" + sarah.id() + "/export").with(user(PARENT)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/zip"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"record-sarah-bennett-2026-11-23.zip\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().string("PK zip"));
  }

  @Test
  void someoneWhoMaySeeTheChildButNotHaveTheCopyIsRefusedBeforeAnyByte() throws Exception {
    CurrentUser teacher = TestDoor.person("Tom Reid", Role.TEACHER);
    AccessibleChild taught = TestDoor.opens(access, teacher, "Sarah Bennett", Relationship.TEACHER);
    given(export.begin(taught)).willThrow(ChildAccess.forbidden());

    mvc.perform(get("/api/v1/children/" + taught.id() + "/export").with(user(teacher)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

    verify(export).begin(taught);
    org.mockito.Mockito.verifyNoMoreInteractions(export);
  }

  @Test
  void aStrangerFindsNothing() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(
            get("/api/v1/children/" + java.util.UUID.randomUUID() + "/export").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/children/not-an-id/export").with(user(stranger)))
        .andExpect(status().isNotFound());

    verifyNoInteractions(export);
  }
}

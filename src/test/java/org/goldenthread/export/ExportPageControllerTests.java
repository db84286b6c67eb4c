package org.goldenthread.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
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
import org.goldenthread.web.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Download a copy of Sarah Bennett's record": what the copy holds and the link to the ZIP for
 * those who may have it; who may, for someone who may see the child but not have the copy (403).
 */
@WebMvcTest(ExportPageController.class)
@Import(ExportPageControllerTests.Slice.class)
class ExportPageControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean ChildExport export;

  @TestConfiguration(proxyBeanMethods = false)
  @Import(Dates.class)
  static class Slice {}

  private Document page(CurrentUser person, AccessibleChild child, int status) throws Exception {
    String html =
        mvc.perform(get("/children/" + child.id() + "/export").with(user(person)))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  @Test
  void saysWhatTheCopyHoldsAndLinksToTheZip() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);

    Document page = page(PARENT, sarah, 200);

    assertThat(page.select("h1").text()).isEqualTo("Download a copy of Sarah Bennett's record");
    assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/children/" + sarah.id());
    assertThat(page.select("#export-holds li")).hasSize(5);
    assertThat(page.select("#export-download").attr("href"))
        .isEqualTo("/children/" + sarah.id() + "/export.zip");
    assertThat(page.select("#export-download").text()).isEqualTo("Download the copy (ZIP file)");
    assertThat(page.select("#export-not-allowed")).isEmpty();
    verifyNoInteractions(export);
  }

  @Test
  void aTeacherIsToldWhoMayHaveACopyAndGetsNoLink() throws Exception {
    CurrentUser teacher = TestDoor.person("Tom Reid", Role.TEACHER);
    AccessibleChild taught = TestDoor.opens(access, teacher, "Sarah Bennett", Relationship.TEACHER);

    Document page = page(teacher, taught, 403);

    assertThat(page.select("h1").text()).isEqualTo("You cannot download a copy of this record");
    assertThat(page.select("#export-not-allowed").text()).contains("parental responsibility");
    assertThat(page.select("#export-download")).isEmpty();
  }

  @Test
  void theZipIsTheExportsDownload() throws Exception {
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

    mvc.perform(get("/children/" + sarah.id() + "/export.zip").with(user(PARENT)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/zip"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"record-sarah-bennett-2026-11-23.zip\""))
        .andExpect(content().string("PK zip"));
  }

  @Test
  void aStrangerFindsNothing() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.SENCO);
    String path = "/children/" + java.util.UUID.randomUUID() + "/export";

    mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(path + ".zip").with(user(stranger))).andExpect(status().isNotFound());

    verifyNoInteractions(export);
  }
}

package org.goldenthread.plan;

import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PdfDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's PDF for the pages, as the document answers it. */
@WebMvcTest(PlanPdfController.class)
class PlanPdfControllerTests {

  static final byte[] PDF =
      "%PDF-1.7 the plan".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean PlanDocument document;

  @Test
  void answersThePlanOfTheChildTheDoorOpenedAsAPdfToDownload() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    given(document.download(eq(sarah), any()))
        .willReturn(PdfDocuments.attachment("plan-sarah-bennett-2026-11-23.pdf", PDF));

    mvc.perform(get("/children/" + sarah.id() + "/plan.pdf").with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"),
                        org.hamcrest.Matchers.containsString("plan-sarah-bennett-2026-11-23.pdf"))))
        .andExpect(content().bytes(PDF));
  }

  @Test
  void someoneTheDoorRefusesGetsNoDocument() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get("/children/" + java.util.UUID.randomUUID() + "/plan.pdf").with(user(stranger)))
        .andExpect(status().isNotFound());
    verifyNoInteractions(document);
  }
}

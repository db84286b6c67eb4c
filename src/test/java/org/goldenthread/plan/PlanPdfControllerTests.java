package org.goldenthread.plan;

import static org.goldenthread.plan.PlanPages.SENCO;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
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

/** The plan's PDF for the pages, as the document answers it. */
@WebMvcTest(PlanPdfController.class)
class PlanPdfControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean PlanDocument document;

  @Test
  void answersThePlanOfTheChildTheDoorOpenedAsAPdfToDownload() throws Exception {
    AccessibleChild sarah = TestDoor.opens(access, SENCO, PlanPages.CHILD, Relationship.SENCO);
    given(document.download(eq(sarah), any()))
        .willReturn(Slices.pdf("plan-sarah-bennett-2026-11-23.pdf"));

    mvc.perform(get("/children/" + sarah.id() + "/plan.pdf").with(user(SENCO)))
        .andExpect(Slices.pdfDownload("plan-sarah-bennett-2026-11-23.pdf"));
  }

  @Test
  void theDocumentIsMadeInTheReadersLanguageForWhoeverMayReadThePlan() throws Exception {
    CurrentUser parent = TestDoor.person("Claire Bennett", Role.PARENT);
    AccessibleChild sarah = TestDoor.opens(access, parent, PlanPages.CHILD, Relationship.PARENT);
    given(document.download(eq(sarah), any()))
        .willReturn(Slices.pdf("plan-sarah-bennett-2026-11-23.pdf"));

    mvc.perform(
            get("/children/" + sarah.id() + "/plan.pdf")
                .with(user(parent))
                .header("Accept-Language", "en-GB"))
        .andExpect(Slices.pdfDownload("plan-sarah-bennett-2026-11-23.pdf"));

    verify(document).download(sarah, Locale.UK);
  }

  @Test
  void someoneTheDoorRefusesGetsNoDocument() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);

    mvc.perform(get("/children/" + UUID.randomUUID() + "/plan.pdf").with(user(stranger)))
        .andExpect(status().isNotFound());
    verifyNoInteractions(document);
  }
}

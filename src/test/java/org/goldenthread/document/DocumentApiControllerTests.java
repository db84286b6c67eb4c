package org.goldenthread.document;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Documents through the API (issue 15, "API shapes"): list, upload, the file, the response. */
@WebMvcTest(DocumentApiController.class)
class DocumentApiControllerTests {

  private static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  private static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean DocumentAccess documentAccess;
  @MockitoBean Documents documents;

  private AccessibleChild sarah;
  private DocumentView evidence;
  private AccessibleDocument opened;

  @BeforeEach
  void sarahsMotherSharedEvidence() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    evidence = DocumentViews.evidence(sarah.id(), PARENT.id(), LocalDate.of(2026, 12, 24));
    AccessibleChild asSenco = TestDoor.sameChild(sarah, SENCO, Relationship.SENCO);
    opened = new AccessibleDocument(evidence.id(), asSenco);
    given(documentAccess.open(eq(SENCO), eq(evidence.id()))).willReturn(opened);
  }

  private MockMultipartFile pdf() {
    return new MockMultipartFile("file", "notes.pdf", "application/pdf", Uploads.pdf("Notes"));
  }

  @Test
  void listsTheChildsDocumentsAsAPageWithTheContractsFields() throws Exception {
    given(documents.list(sarah, 0, 50)).willReturn(new PageOf<>(List.of(evidence), 0, 50, 1));

    mvc.perform(get("/api/v1/children/" + sarah.id() + "/documents").with(user(PARENT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.items[0].id").value(evidence.id().toString()))
        .andExpect(jsonPath("$.items[0].title").value("Notes from home"))
        .andExpect(jsonPath("$.items[0].kind").value("PARENT_EVIDENCE"))
        .andExpect(jsonPath("$.items[0].contentType").value("application/pdf"))
        .andExpect(jsonPath("$.items[0].size").value(1_258_291))
        .andExpect(jsonPath("$.items[0].sha256").value(DocumentViews.SHA))
        .andExpect(jsonPath("$.items[0].uploadedBy").value(PARENT.id().toString()))
        .andExpect(jsonPath("$.items[0].uploadedAt").value("2026-12-03T10:30:00Z"))
        .andExpect(jsonPath("$.items[0].responseDue").value("2026-12-24"));
  }

  @Test
  void anUploadIs201WithTheStoredDocument() throws Exception {
    given(documents.upload(eq(sarah), eq("Notes from home"), eq("PARENT_EVIDENCE"), any()))
        .willReturn(evidence);

    mvc.perform(
            multipart("/api/v1/children/" + sarah.id() + "/documents")
                .file(pdf())
                .param("title", "Notes from home")
                .param("kind", "PARENT_EVIDENCE")
                .with(user(PARENT))
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(evidence.id().toString()))
        .andExpect(jsonPath("$.responseDue").value("2026-12-24"));
  }

  @Test
  void refusalsAreProblemsOfTheirStatus() throws Exception {
    given(documents.upload(eq(sarah), any(), any(), any()))
        .willThrow(
            new DocumentRefused(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "We cannot take it.", "document.error.type"))
        .willThrow(
            new DocumentRefused(
                HttpStatus.CONTENT_TOO_LARGE, "Too big.", "document.error.tooLarge", "20 MB"))
        .willThrow(ValidationProblem.of("title", "document.error.title"));
    String path = "/api/v1/children/" + sarah.id() + "/documents";

    mvc.perform(multipart(path).file(pdf()).with(user(PARENT)).with(csrf()))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"))
        .andExpect(jsonPath("$.detail").value("We cannot take it."));
    mvc.perform(multipart(path).file(pdf()).with(user(PARENT)).with(csrf()))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value("/problems/too-large"));
    mvc.perform(multipart(path).file(pdf()).with(user(PARENT)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"));
  }

  @Test
  void theFileIsAnAttachmentOfItsDetectedTypeThatNoBrowserSniffs() throws Exception {
    byte[] bytes = Uploads.pdf("Notes");
    given(documents.file(opened.child(), evidence.id()))
        .willReturn(new StoredFile(bytes, "application/pdf", "notes-from-home.pdf", "ab"));

    mvc.perform(get("/api/v1/documents/" + evidence.id()).with(user(SENCO)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().bytes(bytes))
        .andExpect(
            header().string("Content-Disposition", "attachment; filename=\"notes-from-home.pdf\""))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void theSchoolsResponseIs200AndAStaleOne409() throws Exception {
    given(documents.respond(opened.child(), evidence.id(), "Thank you", 0L))
        .willReturn(DocumentViews.responded(evidence, "Thank you"));
    given(documents.respond(opened.child(), evidence.id(), "Again", 0L))
        .willThrow(new EditConflict());
    String path = "/api/v1/documents/" + evidence.id() + "/response";

    mvc.perform(
            post(path)
                .with(user(SENCO))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Thank you\", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.responseStatus").value("RESPONDED"))
        .andExpect(jsonPath("$.responseText").value("Thank you"));
    mvc.perform(
            post(path)
                .with(user(SENCO))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Again\", \"version\": 0}"))
        .andExpect(status().isConflict());
  }

  @Test
  void aStrangerFindsNothing() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    given(documentAccess.open(eq(stranger), any())).willThrow(NotFound.error());

    mvc.perform(get("/api/v1/children/" + sarah.id() + "/documents").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/documents/" + evidence.id()).with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/api/v1/children/" + sarah.id() + "/documents")
                .file(pdf())
                .with(user(stranger))
                .with(csrf()))
        .andExpect(status().isNotFound());
    verify(documents, never()).upload(any(), any(), any(), any());
  }
}

package org.goldenthread.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents and evidence through the API (issue 15, "API shapes"). */
@RestController
@Tag(name = "Documents")
class DocumentApiController {

  private final Documents documents;

  DocumentApiController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/api/v1/children/{childId}/documents")
  @Operation(
      operationId = "listDocuments",
      summary = "The child's documents, newest first, without their bytes")
  PageOf<DocumentView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return documents.list(child, page, size);
  }

  @PostMapping(
      path = "/api/v1/children/{childId}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "uploadDocument",
      summary =
          "Share a document about the child (multipart: file, title, kind ASSESSMENT_REPORT,"
              + " MEDICAL_LETTER, SCHOOL_REPORT, PARENT_EVIDENCE or OTHER). PDF, Word and images"
              + " (JPEG, PNG, GIF, WebP, HEIC), by what the content is, whatever its name (else"
              + " 415); at most goldenthread.documents.max-size, 20 MB by default (else 413). A"
              + " family member's document is evidence: responseDue is the day the school should"
              + " say what it makes of it. With a virus scanner configured, a file with a virus"
              + " is 422 and a scanner that cannot be reached 503; nothing is kept either way.")
  DocumentView upload(
      AccessibleChild child,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "kind", required = false) String kind) {
    return documents.upload(child, title, kind, UploadedFile.of(file));
  }

  @GetMapping("/api/v1/documents/{documentId}")
  @Operation(
      operationId = "downloadDocument",
      summary =
          "The file itself, as its detected type, to save (Content-Disposition: attachment);"
              + " its SHA-256 is in the X-Content-SHA256 header")
  ResponseEntity<byte[]> file(AccessibleDocument document) {
    return documents.file(document.child(), document.id()).download();
  }

  @GetMapping("/api/v1/documents/{documentId}/details")
  @Operation(
      operationId = "getDocumentDetails",
      summary = "One document's details and the school's response, without its bytes")
  DocumentView details(AccessibleDocument document) {
    return documents.get(document.child(), document.id());
  }

  @PostMapping("/api/v1/documents/{documentId}/response")
  @Operation(
      operationId = "respondToDocument",
      summary =
          "Record what the school makes of evidence from the family (the child's SENCO, head or"
              + " a teacher): text, and version (needed to change a response already recorded;"
              + " stale: 409). A response on or before responseDue meets its EVIDENCE_RESPONSE"
              + " deadline.")
  DocumentView respond(@RequestBody ResponseRequest body, AccessibleDocument document) {
    return documents.respond(document.child(), document.id(), body.text(), body.version());
  }

  /** The school's response as the API receives it. */
  record ResponseRequest(String text, Long version) {}
}

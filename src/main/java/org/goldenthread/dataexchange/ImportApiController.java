package org.goldenthread.dataexchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Pupil imports and the census extract through the API (issue 19's shapes). */
@RestController
@Tag(name = "Imports and exports")
class ImportApiController {

  private final PupilImports imports;
  private final Census census;

  ImportApiController(PupilImports imports, Census census) {
    this.imports = imports;
    this.census = census;
  }

  @PostMapping(value = "/api/v1/imports/pupils", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = "importPupils",
      summary =
          "Import the school's pupils from a file (multipart `file`): our CSV template (header"
              + " upn,givenName,familyName,preferredName,dateOfBirth,yearGroup,senStatus,"
              + "primaryNeed,secondaryNeed) or a DfE Common Transfer File, told apart by content."
              + " Pupils are matched by UPN. dryRun=true only previews. Answers {dryRun, created,"
              + " changed, unchanged, errors: [{line, field, message}]}: 200, or 400 with the same"
              + " shape when anything is wrong, and then nothing is imported. More than 1,000"
              + " pupils answer 202 with the Location of a job. 404 for anyone but the school's"
              + " SENCO or administrator")
  ResponseEntity<ImportAnswer> importPupils(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam String school,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    UUID schoolId = NotFound.id(school);
    imports.requireImporter(user, schoolId);
    byte[] bytes = file == null ? new byte[0] : bytes(file);
    PupilImports.Read read = imports.read(dryRun, bytes);
    if (read.pupils() > PupilImports.API_AT_ONCE) {
      UUID job = imports.start(user, schoolId, read, dryRun);
      return ResponseEntity.accepted()
          .header(HttpHeaders.LOCATION, "/api/v1/imports/jobs/" + job)
          .build();
    }
    ImportAnswer answer = imports.run(user, schoolId, read, dryRun, n -> {}).answer();
    return ResponseEntity.status(answer.status()).body(answer);
  }

  /** Reads at most one byte past the import's limit, so that a larger file is refused cheaply. */
  private static byte[] bytes(MultipartFile file) throws IOException {
    if (file.getSize() > PupilFile.MAX_BYTES) {
      return new byte[PupilFile.MAX_BYTES + 1];
    }
    return file.getBytes();
  }

  @GetMapping("/api/v1/imports/jobs/{jobId}")
  @Operation(
      operationId = "getImportJob",
      summary =
          "An import job of your own: 200 {status: RUNNING, progress: 0-100} while it runs; when"
              + " finished, the same body and status (200 or 400) as an immediate answer")
  ResponseEntity<?> job(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId) {
    ImportJob job = imports.job(user, NotFound.id(jobId));
    if (job.status() != ImportJob.Status.DONE) {
      return ResponseEntity.ok(new Running("RUNNING", job.progress()));
    }
    return ResponseEntity.status(job.httpStatus()).body(imports.answerOf(job));
  }

  /** A job still running. */
  record Running(String status, int progress) {}

  @GetMapping(value = "/api/v1/exports/census", produces = "text/csv")
  @Operation(
      operationId = "exportCensus",
      summary =
          "The SEN fields of the school census for the school's pupils, as CSV with a header row:"
              + " upn, senProvision, primaryNeed, secondaryNeed, familyName, givenName,"
              + " dateOfBirth. 404 for anyone but the school's SENCO or administrator")
  ResponseEntity<String> census(
      @AuthenticationPrincipal CurrentUser user, @RequestParam String school) {
    UUID schoolId = NotFound.id(school);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"census-sen.csv\"")
        .body(census.csv(user, schoolId));
  }

  static URI jobLocation(UUID job) {
    return URI.create("/api/v1/imports/jobs/" + job);
  }
}

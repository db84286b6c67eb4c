package org.goldenthread.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/children/{id}/export}: the whole record as a ZIP file, streamed. */
@RestController
@Tag(name = "Export")
class ExportApiController {

  private final ChildExport export;

  ExportApiController(ChildExport export) {
    this.export = export;
  }

  @GetMapping("/api/v1/children/{childId}/export")
  @Operation(
      operationId = "exportChildRecord",
      summary =
          "The whole record (subject access) as a ZIP: record.json with its JSON Schema, the plan,"
              + " reviews and draft EHC plans as tagged PDFs, the documents shared, audit-log.csv"
              + " and a README; for a parent with parental responsibility, the young person from"
              + " 16 and the SENCO (403 for anyone else who may see the child)")
  @ApiResponse(
      responseCode = "200",
      description = "The ZIP, written while it is read (chunked, no length in advance)",
      content =
          @Content(
              mediaType = ExportDownload.ZIP,
              schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(
      responseCode = "403",
      description = "May see the child, but may not have a copy of the whole record",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  void export(AccessibleChild child, Locale locale, HttpServletResponse response)
      throws IOException {
    ExportDownload.send(export, child, locale, response);
  }
}

package org.goldenthread.export;

import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ZIP as an answer, for the API and the pages alike: who may have it is decided (and the export
 * recorded) before the first byte, then the file is written straight to the answer, chunked, with
 * no length known in advance.
 */
final class ExportDownload {

  static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private ExportDownload() {}

  static ResponseEntity<StreamingResponseBody> of(
      ChildExport export, AccessibleChild child, Locale locale) {
    String fileName = export.begin(child);
    return ResponseEntity.ok()
        .contentType(ZIP)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(out -> export.write(child, locale, out));
  }
}

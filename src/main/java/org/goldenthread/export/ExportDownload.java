package org.goldenthread.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.goldenthread.child.AccessibleChild;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The ZIP as an answer, for the API and the pages alike: who may have it is decided (and the export
 * recorded) before the first byte, then the file is written straight to the answer as it is read,
 * chunked, with no length known in advance. It is written in the request's own thread (as the
 * caseload's CSV is), not as an asynchronous {@code StreamingResponseBody}: the asynchronous
 * dispatch that follows one is authorised afresh, and a bearer token's sign-in is not kept for it.
 */
final class ExportDownload {

  static final String ZIP = "application/zip";

  private ExportDownload() {}

  static void send(
      ChildExport export, AccessibleChild child, Locale locale, HttpServletResponse response)
      throws IOException {
    String fileName = export.begin(child);
    response.setContentType(ZIP);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    OutputStream out = response.getOutputStream();
    export.write(child, locale, out);
    out.flush();
  }
}

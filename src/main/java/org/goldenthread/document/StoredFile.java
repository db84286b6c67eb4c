package org.goldenthread.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document's bytes with what a download needs: its detected type and a safe file name.
 *
 * @param fileName plain ASCII letters, digits and hyphens from the title, with the type's extension
 */
public record StoredFile(byte[] bytes, String contentType, String fileName, String sha256) {

  /**
   * The file as a download: its detected type, never sniffed, never run as a page (a sandbox with
   * nothing allowed), not cached, with its SHA-256.
   */
  public ResponseEntity<byte[]> download() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .contentLength(bytes.length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.US_ASCII)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Content-SHA256", sha256)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(bytes);
  }

  /** Whether it is a picture, to show on a page. */
  public boolean picture() {
    return contentType.startsWith("image/");
  }

  /** Whether it is a sound recording, to play on a page. */
  public boolean recording() {
    return contentType.startsWith("audio/");
  }
}

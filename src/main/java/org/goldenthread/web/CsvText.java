package org.goldenthread.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as CSV (RFC 4180, lines ended by CRLF): a cell with a comma, a quote or a line break is
 * quoted, and text that a spreadsheet would read as a formula is led by an apostrophe.
 */
public final class CsvText {

  private CsvText() {}

  /** The lines, the header first. */
  public static String of(List<List<String>> lines) {
    StringBuilder csv = new StringBuilder();
    lines.forEach(cells -> csv.append(line(cells)));
    return csv.toString();
  }

  /** One line: its cells made safe, separated by commas, ended by CRLF. */
  public static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One cell, made safe. */
  public static String cell(String value) {
    String safe = value == null ? "" : value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  /** The answer that downloads it, in UTF-8, under this file name. */
  public static ResponseEntity<byte[]> download(String csv, String filename) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }
}

package org.goldenthread.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A file answered over HTTP (a PDF, a ZIP): status, headers and the bytes as they came. */
public record Download(int status, HttpHeaders headers, byte[] body) {

  static Download of(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The body read as text, for an answer that is not a file (a problem, an error page). */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}

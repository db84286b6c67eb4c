package org.goldenthread.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.TinyPdf;

/**
 * Multipart uploads to the API of a running test server, over a real socket with {@link
 * HttpClient}: the whole body is sent, as a browser or a script would, before the answer is read.
 */
public final class Uploads {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  public Uploads(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A minimal real PDF (a page with a line of text) of a few hundred bytes. */
  static byte[] pdf(String text) {
    return TinyPdf.of(text);
  }

  /** The first bytes of a PNG picture: enough for its type to show. */
  public static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D'
    };
  }

  /** The start of a Windows program (an MZ header), padded. */
  static byte[] windowsProgram() {
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  /** The start of a Linux program (an ELF header), padded. */
  static byte[] linuxProgram() {
    byte[] elf = new byte[2048];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    elf[6] = 1;
    return elf;
  }

  /** Posts the fields and the file (when not null) as multipart/form-data to the path. */
  public ApiClient.Response post(
      String path, String token, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----gt" + UUID.randomUUID().toString().replace("-", "");
    byte[] body = body(boundary, fields, fileName, file);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] body(String boundary, Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file == null ? 1024 : file.length + 1024);
    try {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(field.getValue().getBytes(StandardCharsets.UTF_8));
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      if (file != null) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return out.toByteArray();
  }
}

package org.goldenthread.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person using the pages over real HTTP: a cookie jar, no redirects followed (so that tests can
 * see where they lead), and forms posted with the CSRF token the page gave.
 */
public final class PageSession {

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String baseUrl;

  public PageSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public Page get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  /** A link to a file (a PDF), followed with this session's cookies: the bytes as they came. */
  public Download download(String path) {
    return Download.of(
        http, HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build());
  }

  /**
   * Posts a form as a browser would: the CSRF token comes from the page that holds the form.
   *
   * @param page the page showing the form
   * @param formSelector a CSS selector for the form
   */
  public Page submit(Page page, String formSelector, Map<String, String> fields) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new IllegalStateException("No form " + formSelector + " on " + page.document().title());
    }
    Map<String, String> values = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
    values.putAll(fields);
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(form.attr("action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a form with a file as a browser would (multipart/form-data, the whole body sent before
   * the answer is read): the CSRF token comes from the page that holds the form.
   */
  public Page submitFile(
      Page page,
      String formSelector,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file) {
    Element form = page.document().selectFirst(formSelector);
    if (form == null) {
      throw new IllegalStateException("No form " + formSelector + " on " + page.document().title());
    }
    Map<String, String> values = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
    values.putAll(fields);
    String boundary = "----page" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(file.length + 2048);
    values.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(form.attr("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Signs in through the sign-in page and answers the page after the redirect. */
  public Page signIn(String email, String password) {
    Page signIn = get("/sign-in");
    Page result =
        submit(signIn, "form[action$=/sign-in]", Map.of("email", email, "password", password));
    if (result.status() != 302) {
      throw new IllegalStateException(
          "Sign-in failed for "
              + email
              + ": "
              + result.status()
              + " "
              + result.document().select(".govuk-error-summary, main").text());
    }
    return get(result.location());
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().map(),
          response.body(),
          Jsoup.parse(response.body(), baseUrl));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One answer: status, where a redirect leads, headers, and the parsed page. */
  public record Page(
      int status,
      String location,
      Map<String, java.util.List<String>> headers,
      String body,
      Document document) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}

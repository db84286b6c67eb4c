package org.goldenthread.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the JSON API of a running test server. */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "thread-demo-2026";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  public ApiClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Signs in through the API and answers the bearer token. */
  public String tokenFor(String email) {
    Response response =
        send(
            "POST",
            "/api/v1/auth/tokens",
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
    if (response.status() != 201) {
      throw new IllegalStateException("Could not sign in as " + email + ": " + response.body());
    }
    return response.json().get("token").asString();
  }

  public Response get(String path, String token) {
    return send("GET", path, token, null);
  }

  /** A GET whose answer is a file (a PDF, a ZIP): its bytes, kept as they came. */
  public Download download(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Download.of(http, request.build());
  }

  public Response post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  public Response send(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
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

  /** An answer: status, content type and body. */
  public record Response(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }
}

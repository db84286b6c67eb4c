package org.goldenthread.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.PdfDocuments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The web slices of the plan, review and provision modules: pages shown and forms posted as someone
 * signed in, API calls, the problems the API answers, and the beans the templates use that an MVC
 * slice does not make ({@link Pages}: {@code #dateWords}, page labels and a clock fixed on {@link
 * #TODAY}). The slice runs Spring Boot's default security, not the application's (whose API chain
 * takes bearer tokens and needs no CSRF token), so a call that sends a body carries a CSRF token.
 */
public final class Slices {

  /** The day every slice test runs on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** What a mocked document service answers as the bytes of a PDF. */
  static final byte[] PDF = "%PDF-1.7 a document".getBytes(StandardCharsets.US_ASCII);

  private Slices() {}

  /** A mocked document service's answer: {@link #PDF} as a download of this name. */
  public static ResponseEntity<byte[]> pdf(String fileName) {
    return PdfDocuments.attachment(fileName, PDF);
  }

  /** The document the mocked service made, answered as a PDF to download under this name. */
  public static ResultMatcher pdfDownload(String fileName) {
    return result -> {
      status().isOk().match(result);
      content().contentType(MediaType.APPLICATION_PDF).match(result);
      header()
          .string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
          .match(result);
      content().bytes(PDF).match(result);
    };
  }

  /** The page at this path, shown to the person (it must answer 200), parsed. */
  public static Document show(MockMvc mvc, CurrentUser person, String path) throws Exception {
    return parse(mvc, MockMvcRequestBuilders.get(path).with(user(person)));
  }

  /** Posts the form fields (name, value, name, value…) as the person, with the CSRF token. */
  public static MockHttpServletRequestBuilder form(
      CurrentUser person, String path, String... fields) {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post(path).with(csrf()).with(user(person));
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  /** Posts the form fields and parses the page shown again (200), as after a refusal. */
  public static Document submit(MockMvc mvc, CurrentUser person, String path, String... fields)
      throws Exception {
    return parse(mvc, form(person, path, fields));
  }

  /** A GET of the API as the person. */
  public static MockHttpServletRequestBuilder apiGet(CurrentUser person, String path) {
    return MockMvcRequestBuilders.get(path).with(user(person)).accept(MediaType.APPLICATION_JSON);
  }

  /** A call of the API as the person with this JSON body (or none). */
  public static MockHttpServletRequestBuilder apiSend(
      HttpMethod method, CurrentUser person, String path, String json) {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path)
            .with(user(person))
            .with(csrf())
            .accept(MediaType.APPLICATION_JSON);
    return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
  }

  /** A 400 RFC 9457 problem naming exactly these fields, in this order, each with a message. */
  public static ResultMatcher badRequestNaming(String... fields) {
    return result -> {
      status().isBadRequest().match(result);
      problem(400).match(result);
      jsonPath("$.errors[*].field").value(contains(fields)).match(result);
      jsonPath("$.errors[*].message").value(everyItem(not(emptyOrNullString()))).match(result);
    };
  }

  /** An RFC 9457 problem of this status. */
  public static ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
    };
  }

  /** The page a request answers with 200, parsed. */
  public static Document parse(MockMvc mvc, RequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String html = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError(
          "Expected 200 but was " + result.getResponse().getStatus() + ":\n" + html);
    }
    return Jsoup.parse(html);
  }

  /**
   * The beans the pages use that an MVC slice does not make: {@code #dateWords}, labels, a clock.
   */
  @TestConfiguration(proxyBeanMethods = false)
  @Import({Dates.class, PageLabels.class})
  public static class Pages {

    @Bean
    Clock clock() {
      ZoneId england = ZoneId.of("Europe/London");
      Instant tenInTheMorning = TODAY.atTime(10, 0).atZone(england).toInstant();
      return Clock.fixed(tenInTheMorning, england);
    }
  }
}

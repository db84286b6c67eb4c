package org.goldenthread.child;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The page slices of the child and the family: what the templates and controllers use besides the
 * services ({@code #dateWords}, page labels, a clock fixed on {@link #TODAY}), and showing and
 * submitting pages as someone signed in. A slice test adds {@code @Import(ChildPages.Slice.class)}.
 */
public final class ChildPages {

  /** The day every slice test runs on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private ChildPages() {}

  /** The page at this path, shown to the person (200), parsed. */
  public static Document show(MockMvc mvc, CurrentUser person, String path) throws Exception {
    return parse(mvc, get(path).with(user(person)));
  }

  /** Posts the form fields (name, value, name, value…) as the person, with the CSRF token. */
  public static MockHttpServletRequestBuilder form(
      CurrentUser person, String path, String... fields) {
    MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(person));
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

  private static Document parse(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** The beans a child page slice needs that are not controllers or advice. */
  @TestConfiguration(proxyBeanMethods = false)
  @Import({Dates.class, PageLabels.class})
  public static class Slice {

    @Bean
    Clock clock() {
      ZoneId england = ZoneId.of("Europe/London");
      Instant tenInTheMorning = TODAY.atTime(10, 0).atZone(england).toInstant();
      return Clock.fixed(tenInTheMorning, england);
    }
  }
}

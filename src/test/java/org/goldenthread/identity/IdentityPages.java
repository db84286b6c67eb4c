package org.goldenthread.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The identity module's web slices run the application's own security (pages with sessions and
 * CSRF, the API with bearer tokens): a slice test adds
 * {@code @Import(IdentityPages.Security.class)} and mocks what that configuration asks for ({@link
 * ApiTokens}, {@link Accounts}). Also: a person to sign in as, forms posted with the CSRF token,
 * and pages parsed with their status checked.
 */
final class IdentityPages {

  /** Kim Parent, a parent of one child. */
  static final CurrentUser KIM =
      new CurrentUser(
          UUID.randomUUID(),
          "kim.parent@example.org",
          "Kim Parent",
          "",
          true,
          List.of(new CurrentUser.RoleGrant(Role.PARENT, null)));

  private IdentityPages() {}

  /** Posts the form fields (name, value, name, value…) with the CSRF token, signed in or not. */
  static MockHttpServletRequestBuilder form(String path, String... fields) {
    MockHttpServletRequestBuilder request = post(path).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  /** The same, posted by the person. */
  static MockHttpServletRequestBuilder form(CurrentUser person, String path, String... fields) {
    return form(path, fields).with(user(person));
  }

  /** The page answered, which must have this status, parsed. */
  static Document page(MockMvc mvc, MockHttpServletRequestBuilder request, int status)
      throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String html = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != status) {
      throw new AssertionError(
          "Expected " + status + " but was " + result.getResponse().getStatus() + ":\n" + html);
    }
    return Jsoup.parse(html);
  }

  /** The page answered with 200, parsed. */
  static Document page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
    return page(mvc, request, 200);
  }

  /** Each link of the page's error summary, as "#field message". */
  static List<String> errorLinks(Document page) {
    return page.select(".govuk-error-summary a").stream()
        .map(link -> link.attr("href") + " " + link.text())
        .toList();
  }

  /**
   * The application's security and the writer of its API problems (401, 403), with mocks of what
   * the security configuration asks for: a test that stubs them takes them with {@code @Autowired}.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @Import({SecurityConfiguration.class, ApiProblemWriter.class})
  @MockitoBean(types = {ApiTokens.class, Accounts.class})
  @interface Security {}
}

package org.goldenthread.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signs in as a platform administrator, shows and submits the admin pages, parses them. */
final class AdminPages {

  static final CurrentUser ADMIN =
      new CurrentUser(
          UUID.fromString("00000000-0000-0000-0000-00000000ad01"),
          "ada@goldenthread.example",
          "Ada Admin",
          "",
          true,
          List.of(new CurrentUser.RoleGrant(Role.PLATFORM_ADMIN, null)));

  private AdminPages() {}

  static Document show(MockMvc mvc, String path) throws Exception {
    return render(mvc, get(path));
  }

  /** Posts the given form fields (name, value, name, value…) and parses the page shown again. */
  static Document submit(MockMvc mvc, String path, String... fields) throws Exception {
    return render(mvc, form(path, fields));
  }

  static MockHttpServletRequestBuilder form(String path, String... fields) {
    MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(ADMIN));
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  private static Document render(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    String html =
        mvc.perform(request.with(user(ADMIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  /**
   * Method security, which the application's security configuration (on main) turns on; the MVC
   * slice does not load that configuration.
   */
  @TestConfiguration
  @EnableMethodSecurity
  static class MethodSecurity {}
}

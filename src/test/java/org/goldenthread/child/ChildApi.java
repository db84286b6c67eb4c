package org.goldenthread.child;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.identity.CurrentUser;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls to the API of the child and the family as someone signed in. The slice runs Spring Boot's
 * default security, not the application's (whose API chain takes bearer tokens and needs no CSRF
 * token), so a call that sends a body carries the CSRF token the default asks for.
 */
public final class ChildApi {

  private ChildApi() {}

  public static MockHttpServletRequestBuilder get(CurrentUser person, String path) {
    return MockMvcRequestBuilders.get(path).with(user(person)).accept(MediaType.APPLICATION_JSON);
  }

  /** A call with this JSON body (or none). */
  public static MockHttpServletRequestBuilder send(
      HttpMethod method, CurrentUser person, String path, String json) {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, path)
            .with(user(person))
            .with(csrf())
            .accept(MediaType.APPLICATION_JSON);
    return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
  }

  /** A 400 RFC 9457 problem naming exactly these fields, in this order. */
  public static ResultMatcher badRequestNaming(String... fields) {
    return result -> {
      status().isBadRequest().match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(400).match(result);
      jsonPath("$.errors[*].field").value(contains(fields)).match(result);
      jsonPath("$.errors[*].message").value(everyItem(not(emptyOrNullString()))).match(result);
    };
  }

  /** The 404 problem the door answers for a child the caller may not see. */
  public static ResultMatcher notFoundProblem() {
    return result -> {
      status().isNotFound().match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(404).match(result);
    };
  }
}

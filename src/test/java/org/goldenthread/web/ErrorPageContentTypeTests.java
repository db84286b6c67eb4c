package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * After a page failed part-way through, the error answer is not bound to the HTML content type the
 * page had set, so that a problem document can be written; other requests keep theirs.
 */
class ErrorPageContentTypeTests {

  private final ErrorPageContentType filter = new ErrorPageContentType();

  @Test
  void theErrorAnswerChoosesItsOwnContentType() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setDispatcherType(DispatcherType.ERROR);
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setContentType("text/html;charset=UTF-8");
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(chain.getResponse()).isSameAs(response);
    assertThat(response.getContentType()).isNull();
  }

  @Test
  void anAnswerAlreadyUnderWayOrAnOrdinaryRequestKeepsItsContentType() throws Exception {
    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/children");
    MockHttpServletResponse pageResponse = new MockHttpServletResponse();
    pageResponse.setContentType("text/html;charset=UTF-8");
    filter.doFilter(page, pageResponse, new MockFilterChain());
    assertThat(pageResponse.getContentType()).isEqualTo("text/html;charset=UTF-8");

    MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
    error.setDispatcherType(DispatcherType.ERROR);
    MockHttpServletResponse committed = new MockHttpServletResponse();
    committed.setContentType("text/html;charset=UTF-8");
    committed.setCommitted(true);
    filter.doFilter(error, committed, new MockFilterChain());
    assertThat(committed.getContentType()).isEqualTo("text/html;charset=UTF-8");
  }
}

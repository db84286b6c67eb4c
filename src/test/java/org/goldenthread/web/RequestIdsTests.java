package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTests {

  private final RequestIds filter = new RequestIds();
  private final List<String> idsSeenInTheLogContext = new ArrayList<>();

  @Test
  void aRequestWithoutAnIdGetsANewOneInTheLogContextAndTheResponse() throws Exception {
    MockHttpServletResponse response = answer(new MockHttpServletRequest("GET", "/children"));

    String id = response.getHeader("X-Request-Id");
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(idsSeenInTheLogContext).containsExactly(id);
    assertThat(MDC.get("requestId")).isNull();
  }

  @Test
  void aProxysSaneIdIsKept() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children");
    request.addHeader("X-Request-Id", "lb-7f3a.2026:0042_x");

    MockHttpServletResponse response = answer(request);

    assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-7f3a.2026:0042_x");
    assertThat(idsSeenInTheLogContext).containsExactly("lb-7f3a.2026:0042_x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc\r\n2026-12-05 INFO forged log line",
        "with space",
        "tab\there",
        "<script>",
        "ünïcode",
        "",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void aHostileIdIsReplacedAndNeverRepeated(String hostile) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children");
    request.addHeader("X-Request-Id", hostile);

    MockHttpServletResponse response = answer(request);

    String id = response.getHeader("X-Request-Id");
    assertThat(id).isNotEqualTo(hostile);
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(idsSeenInTheLogContext).containsExactly(id);
  }

  @Test
  void theErrorPageAfterTheRequestKeepsItsId() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> record());
    request.setDispatcherType(DispatcherType.ERROR);
    filter.doFilter(request, response, (req, res) -> record());

    String id = response.getHeader("X-Request-Id");
    assertThat(idsSeenInTheLogContext).containsExactly(id, id);
  }

  private MockHttpServletResponse answer(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> record());
    return response;
  }

  private void record() {
    idsSeenInTheLogContext.add(MDC.get("requestId"));
  }
}

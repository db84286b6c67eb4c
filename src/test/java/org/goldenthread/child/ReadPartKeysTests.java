package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.IntegrationTest;
import org.goldenthread.web.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every read of a child's record can be said in every language: for each page and API call that
 * reads a record in its path, the part it records ({@code audit.part.plan}: "the plan") is a key of
 * messages.properties (and so of every bundle, which TranslationsTests checks).
 */
@IntegrationTest
class ReadPartKeysTests {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Autowired List<RecordInPathResolver<?>> resolvers;

  @Test
  void everyPartReadThroughAPathHasItsWords() throws IOException {
    Properties messages = EnglishMessages.load();
    Set<String> parts = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route :
        mapping.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = route.getKey().getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : route.getKey().getPatternValues()) {
        for (MethodParameter parameter : route.getValue().getMethodParameters()) {
          for (RecordInPathResolver<?> resolver : resolvers) {
            if (resolver.supportsParameter(parameter)) {
              parts.add(resolver.part(request(pattern)));
            }
          }
        }
      }
    }
    assertThat(parts).contains("audit.part.record", "audit.part.plan", "audit.part.document");
    assertThat(parts.stream().filter(part -> !messages.containsKey(part)))
        .as("parts read without words in messages.properties")
        .isEmpty();
  }

  /** A request for the pattern, with an id for each variable. */
  private static MockHttpServletRequest request(String pattern) {
    return new MockHttpServletRequest(
        "GET", pattern.replaceAll("\\{[^}]+}", "7f1c1b9e-0d3a-4c55-9a51-2b6f1f0b5e11"));
  }
}

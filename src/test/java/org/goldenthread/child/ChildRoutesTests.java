package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route about a child goes through the door (the HMPPS ResourceSecurityTest pattern): a route
 * with a child in its path must name it {@code {childId}} and take an {@link AccessibleChild},
 * which only {@link ChildAccess} can make.
 */
@IntegrationTest
class ChildRoutesTests {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyChildRouteTakesAnAccessibleChild() {
    List<String> bypassing = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route :
        mapping.getHandlerMethods().entrySet()) {
      for (String pattern : route.getKey().getPatternValues()) {
        if (!aboutOneChild(pattern)) {
          continue;
        }
        boolean throughTheDoor =
            Arrays.stream(route.getValue().getMethodParameters())
                .anyMatch(p -> p.getParameterType().equals(AccessibleChild.class));
        if (throughTheDoor && pattern.contains("{childId}")) {
          checked.add(pattern);
        } else {
          bypassing.add(route.getKey() + " -> " + route.getValue());
        }
      }
    }
    assertThat(bypassing).as("child routes that bypass ChildAccess").isEmpty();
    assertThat(checked)
        .contains(
            "/api/v1/children/{childId}",
            "/api/v1/children/{childId}/family",
            "/api/v1/children/{childId}/team",
            "/api/v1/children/{childId}/consents",
            "/api/v1/children/{childId}/audit");
  }

  /** A path below /children/ or /api/v1/children/ with a variable in it is about one child. */
  private static boolean aboutOneChild(String pattern) {
    String rest =
        pattern.startsWith("/api/v1/children/")
            ? pattern.substring("/api/v1/children/".length())
            : pattern.startsWith("/children/") ? pattern.substring("/children/".length()) : null;
    return rest != null && rest.contains("{");
  }
}

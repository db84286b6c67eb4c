package org.goldenthread.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goldenthread.IntegrationTest;
import org.goldenthread.action.AccessibleAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Meetings and actions live outside {@code /children/{childId}}, so they have their own door: every
 * route about one meeting ({@code /meetings/{meetingId}...} and {@code
 * /api/v1/meetings/{meetingId}...}, pages and API) must take an {@link AccessibleMeeting}, and
 * every route about one action ({@code /actions/{actionId}...}) an {@link AccessibleAction}. Both
 * are made only by their doors ({@link MeetingAccess}, {@code action.ActionAccess}), through the
 * child's door.
 */
@IntegrationTest
class MeetingRoutesTests {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyMeetingAndActionRouteGoesThroughTheDoor() {
    List<String> bypassing = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route :
        mapping.getHandlerMethods().entrySet()) {
      for (String pattern : route.getKey().getPatternValues()) {
        Class<?> door = doorFor(pattern);
        if (door == null) {
          continue;
        }
        String variable = door == AccessibleMeeting.class ? "{meetingId}" : "{actionId}";
        boolean throughTheDoor =
            Arrays.stream(route.getValue().getMethodParameters())
                .anyMatch(p -> p.getParameterType().equals(door));
        if (throughTheDoor && pattern.contains(variable)) {
          checked.add(pattern);
        } else {
          bypassing.add(route.getKey() + " -> " + route.getValue());
        }
      }
    }
    assertThat(bypassing).as("meeting and action routes that bypass the door").isEmpty();
    assertThat(checked)
        .contains(
            "/api/v1/meetings/{meetingId}",
            "/api/v1/meetings/{meetingId}/preparation",
            "/api/v1/meetings/{meetingId}/actions",
            "/api/v1/meetings/{meetingId}/close",
            "/api/v1/meetings/{meetingId}/minutes",
            "/api/v1/meetings/{meetingId}/invite.ics",
            "/api/v1/actions/{actionId}");
  }

  /** The door a path needs: one with a variable below /meetings/ or /actions/. */
  static Class<?> doorFor(String pattern) {
    for (String prefix : List.of("/api/v1/meetings/", "/meetings/")) {
      if (pattern.startsWith(prefix) && pattern.substring(prefix.length()).contains("{")) {
        return AccessibleMeeting.class;
      }
    }
    for (String prefix : List.of("/api/v1/actions/", "/actions/")) {
      if (pattern.startsWith(prefix) && pattern.substring(prefix.length()).contains("{")) {
        return AccessibleAction.class;
      }
    }
    return null;
  }
}

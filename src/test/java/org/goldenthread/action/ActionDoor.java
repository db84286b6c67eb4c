package org.goldenthread.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Dates;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The door of an action web slice test, in the style of {@link TestDoor}: a mocked {@link
 * ActionAccess} that opens an action of a meeting to someone, through a child opened to them with
 * the relationships given, or refuses them; actions and their meeting as the service shows them;
 * and pages shown and forms posted as that person. A slice test declares {@code @MockitoBean
 * ActionAccess access}; a page test imports {@link Pages}.
 */
final class ActionDoor {

  static final String CHILD_NAME = "Maya Jones";

  private ActionDoor() {}

  /** Makes the mocked door open a new action of a new meeting of a new child to the person. */
  static AccessibleAction opens(
      ActionAccess access, CurrentUser person, Relationship... relationships) {
    AccessibleChild child = TestDoor.child(person, CHILD_NAME, relationships);
    AccessibleAction action = new AccessibleAction(UUID.randomUUID(), UUID.randomUUID(), child);
    given(access.open(eq(person), eq(action.id()))).willReturn(action);
    return action;
  }

  /** Someone signed in whom the mocked door refuses every action: not found. */
  static CurrentUser stranger(ActionAccess access) {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.PARENT);
    given(access.open(eq(stranger), any())).willThrow(NotFound.error());
    return stranger;
  }

  /**
   * The action's meeting as the meeting module tells it: a SEN support review that started an hour
   * ago, run by the person or not.
   */
  static ActionMeeting meeting(AccessibleAction action, boolean mayRun) {
    Instant startsAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.HOURS);
    return new ActionMeeting(
        action.meetingId(), "SEN_SUPPORT_REVIEW", startsAt, LocalDate.now(), false, mayRun);
  }

  /** An open action of the meeting, owned by the person given, due in a fortnight, at version 2. */
  static ActionView action(AccessibleAction action, UUID ownerId, String ownerName) {
    return action(action, ownerId, ownerName, ActionStatus.OPEN, 2);
  }

  static ActionView action(
      AccessibleAction action, UUID ownerId, String ownerName, ActionStatus status, long version) {
    return new ActionView(
        action.id(),
        action.meetingId(),
        action.child().id(),
        CHILD_NAME,
        "Send home a visual timetable",
        ownerId,
        ownerName,
        LocalDate.now().plusDays(14),
        status,
        null,
        false,
        version);
  }

  /** The page at the path as the person sees it; it must answer 200. */
  static Document show(MockMvc mvc, CurrentUser person, String path) throws Exception {
    return page(mvc, get(path).with(user(person)));
  }

  /** The form fields (name, value, name, value…) posted by the person, with the CSRF token. */
  static MockHttpServletRequestBuilder form(CurrentUser person, String path, String... fields) {
    MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(person));
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  /** Posts the form and parses the page shown again; it must answer 200. */
  static Document submit(MockMvc mvc, CurrentUser person, String path, String... fields)
      throws Exception {
    return page(mvc, form(person, path, fields));
  }

  /** A JSON request to the API by the person, with a CSRF token (the slice's default security). */
  static MockHttpServletRequestBuilder api(
      CurrentUser person, HttpMethod method, String path, String json) {
    return request(method, path)
        .with(user(person))
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private static Document page(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    String html = result.getResponse().getContentAsString();
    if (result.getResponse().getStatus() != 200) {
      throw new AssertionError(
          "Expected 200 but was " + result.getResponse().getStatus() + ":\n" + html);
    }
    return Jsoup.parse(html);
  }

  /** The beans the action templates use that an MVC slice does not make. */
  @TestConfiguration
  @Import({Dates.class, PageLabels.class})
  static class Pages {}
}

package org.goldenthread.inbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox and the choice of email through the API: the shapes, paging and refusals. */
@WebMvcTest(InboxApiController.class)
class InboxApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean InboxItems inbox;
  @MockitoBean NotificationPreferences preferences;

  final InboxItemView item =
      new InboxItemView(
          UUID.randomUUID(),
          InboxKind.MESSAGE,
          UUID.randomUUID(),
          "New message about Sarah Bennett: Lunch",
          "/children/x/messages/y",
          Instant.parse("2026-11-23T10:00:00Z"),
          false);

  @Test
  void theInboxIsAPageOfItemsWithTheFieldsTheIssueFixes() throws Exception {
    given(inbox.list(PARENT, true, 1, 10)).willReturn(new PageOf<>(List.of(item), 1, 10, 11));

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/inbox?unread=true&page=1&size=10"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(10))
        .andExpect(jsonPath("$.total").value(11))
        .andExpect(jsonPath("$.items[0].id").value(item.id().toString()))
        .andExpect(jsonPath("$.items[0].kind").value("MESSAGE"))
        .andExpect(jsonPath("$.items[0].childId").value(item.childId().toString()))
        .andExpect(jsonPath("$.items[0].title").value(item.title()))
        .andExpect(jsonPath("$.items[0].link").value(item.link()))
        .andExpect(jsonPath("$.items[0].at").value("2026-11-23T10:00:00Z"))
        .andExpect(jsonPath("$.items[0].read").value(false));
  }

  @Test
  void markingReadAnswersTheItemAndAnIdThatIsNotOneIsNotFound() throws Exception {
    given(inbox.markRead(PARENT, item.id()))
        .willReturn(
            new InboxItemView(
                item.id(),
                item.kind(),
                item.childId(),
                item.title(),
                item.link(),
                item.at(),
                true));
    given(inbox.markRead(eq(PARENT), eq(UUID.fromString("00000000-0000-0000-0000-000000000001"))))
        .willThrow(NotFound.error());

    mvc.perform(
            Slices.apiSend(HttpMethod.POST, PARENT, "/api/v1/inbox/" + item.id() + "/read", null))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.read").value(true));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                "/api/v1/inbox/00000000-0000-0000-0000-000000000001/read",
                null))
        .andExpect(Slices.problem(404));
    mvc.perform(Slices.apiSend(HttpMethod.POST, PARENT, "/api/v1/inbox/nothing/read", null))
        .andExpect(Slices.problem(404));
  }

  @Test
  void aChangeOfPreferencesSendsOnlyTheKindsNamedAndAnswersThemAll() throws Exception {
    Map<InboxKind, EmailChoice> after = NotificationPreferences.defaults();
    after.put(InboxKind.MESSAGE, EmailChoice.NONE);
    Map<InboxKind, EmailChoice> change = new EnumMap<>(InboxKind.class);
    change.put(InboxKind.MESSAGE, EmailChoice.NONE);
    given(preferences.change(PARENT.id(), change)).willReturn(after);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                PARENT,
                "/api/v1/me/notification-preferences",
                "{\"MESSAGE\":\"NONE\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.MESSAGE").value("NONE"))
        .andExpect(jsonPath("$.MEETING").value("IMMEDIATE"))
        .andExpect(jsonPath("$.PROVISION_CHANGE").value("IMMEDIATE"))
        .andExpect(jsonPath("$.ACTION").value("DIGEST"));
  }

  @Test
  void anUnknownKindOrChoiceIsA400NamingEachAndNothingIsChanged() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT,
                PARENT,
                "/api/v1/me/notification-preferences",
                "{\"MEETING\":\"SOMETIMES\",\"NEWS\":\"NONE\",\"VIEW\":\"NONE\"}"))
        .andExpect(Slices.badRequestNaming("MEETING", "NEWS"));
    mvc.perform(
            Slices.apiSend(
                HttpMethod.PUT, PARENT, "/api/v1/me/notification-preferences", "\"NONE\""))
        .andExpect(Slices.badRequestNaming("preferences"));
    verify(preferences, never()).change(any(), any());
  }

  @Test
  void theChoicesAreReadForTheCaller() throws Exception {
    given(preferences.of(PARENT.id())).willReturn(NotificationPreferences.defaults());

    mvc.perform(Slices.apiGet(PARENT, "/api/v1/me/notification-preferences"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.MEETING").value("IMMEDIATE"))
        .andExpect(jsonPath("$.MESSAGE").value("DIGEST"))
        .andExpect(jsonPath("$.CONCERN").value("IMMEDIATE"))
        .andExpect(jsonPath("$.DISAGREEMENT").value("IMMEDIATE"))
        .andExpect(jsonPath("$.length()").value(10));
  }
}

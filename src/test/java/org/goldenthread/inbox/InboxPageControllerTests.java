package org.goldenthread.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox page, opening an item, marking all read, and the page to choose the emails. */
@WebMvcTest(InboxPageController.class)
@Import(Slices.Pages.class)
class InboxPageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean InboxItems inbox;
  @MockitoBean NotificationPreferences preferences;

  private static InboxItem item(String title, boolean read) {
    InboxItem item = new InboxItem();
    ReflectionTestUtils.setField(item, "id", UUID.randomUUID());
    ReflectionTestUtils.setField(item, "kind", InboxKind.MESSAGE);
    ReflectionTestUtils.setField(item, "childId", UUID.randomUUID());
    ReflectionTestUtils.setField(item, "title", title);
    ReflectionTestUtils.setField(item, "link", "/children/c/messages/t");
    ReflectionTestUtils.setField(item, "at", Instant.parse("2026-11-23T10:00:00Z"));
    ReflectionTestUtils.setField(item, "readAt", read ? Instant.now() : null);
    return item;
  }

  @Test
  void theInboxShowsTheUnreadItemsBoldAndTaggedWithALinkThroughTheInbox() throws Exception {
    InboxItem unread = item("New message about Sarah Bennett: Lunch", false);
    InboxItem read = item("New message about Sarah Bennett: Swimming", true);
    given(inbox.page(any(), any(Boolean.class), any()))
        .willReturn(
            new PageImpl<>(
                List.of(unread, read), PageOf.request(0, InboxPageController.PAGE_SIZE), 25));
    given(inbox.unreadVisible(any())).willReturn(1L);

    Document page = Slices.show(mvc, PARENT, "/inbox");

    assertThat(page.select("h1").text()).isEqualTo("Inbox");
    assertThat(page.select("#unread-count").text()).isEqualTo("You have 1 unread item.");
    assertThat(page.select("#item-" + unread.id() + " a strong").text())
        .isEqualTo("New message about Sarah Bennett: Lunch");
    assertThat(page.select("#item-" + unread.id() + " .govuk-tag").text()).isEqualTo("New");
    assertThat(page.select("#item-" + unread.id() + " a").attr("href"))
        .isEqualTo("/inbox/" + unread.id());
    assertThat(page.select("#item-" + read.id() + " strong")).isEmpty();
    assertThat(page.select("#item-" + read.id()).text()).contains("23 November 2026");
    assertThat(page.select("nav.govuk-pagination a[rel=next]").attr("href"))
        .isEqualTo("/inbox?page=1");
    assertThat(page.select("form[action=/inbox/read] button").text()).isEqualTo("Mark all as read");
    assertThat(page.select("#preferences-link").attr("href")).isEqualTo("/account/notifications");
  }

  @Test
  void openingAnItemMarksItReadAndGoesToItsPageAndNeverElsewhere() throws Exception {
    UUID id = UUID.randomUUID();
    given(inbox.markRead(PARENT, id))
        .willReturn(
            new InboxItemView(
                id, InboxKind.MESSAGE, UUID.randomUUID(), "t", "/children/c", Instant.now(), true));
    mvc.perform(get("/inbox/" + id).with(user(PARENT))).andExpect(redirectedUrl("/children/c"));

    UUID odd = UUID.randomUUID();
    given(inbox.markRead(PARENT, odd))
        .willReturn(
            new InboxItemView(
                odd,
                InboxKind.MESSAGE,
                UUID.randomUUID(),
                "t",
                "//evil.example",
                Instant.now(),
                true));
    mvc.perform(get("/inbox/" + odd).with(user(PARENT))).andExpect(redirectedUrl("/inbox"));

    UUID theirs = UUID.randomUUID();
    given(inbox.markRead(PARENT, theirs)).willThrow(NotFound.error());
    mvc.perform(get("/inbox/" + theirs).with(user(PARENT))).andExpect(status().isNotFound());
    mvc.perform(get("/inbox/not-an-id").with(user(PARENT))).andExpect(status().isNotFound());
  }

  @Test
  void markAllAsReadGoesBackToTheInbox() throws Exception {
    mvc.perform(Slices.form(PARENT, "/inbox/read")).andExpect(redirectedUrl("/inbox"));
    verify(inbox).markAllRead(PARENT);
  }

  @Test
  void thePreferencesPageHasRadiosForEachKindWithTheChoiceMade() throws Exception {
    given(preferences.of(PARENT.id())).willReturn(NotificationPreferences.defaults());

    Document page = Slices.show(mvc, PARENT, "/account/notifications");

    assertThat(page.select("h1").text()).isEqualTo("Emails you get");
    assertThat(page.select("legend")).hasSize(10);
    assertThat(page.select("legend").first().text())
        .isEqualTo("Meetings: invitations, changes and meetings coming up");
    assertThat(page.select("input[name=message]").eachAttr("id"))
        .containsExactly("message", "message-2", "message-3");
    assertThat(
            page.select("label[for=message], label[for=message-2], label[for=message-3]")
                .eachText())
        .containsExactly("An email straight away", "Daily digest", "No email, just the inbox");
    assertThat(page.select("input[name=message][checked]").val()).isEqualTo("DIGEST");
    assertThat(page.select("input[name=meeting][checked]").val()).isEqualTo("IMMEDIATE");
    assertThat(page.select("input[name=provisionChange][checked]").val()).isEqualTo("IMMEDIATE");
    assertThat(page.select("input[name=concern][checked]").val()).isEqualTo("IMMEDIATE");
  }

  @Test
  void savingSendsEveryChoiceAndAMissingOneIsShownBesideItsKind() throws Exception {
    String[] all = {
      "meeting",
      "IMMEDIATE",
      "action",
      "DIGEST",
      "deadline",
      "IMMEDIATE",
      "evidence",
      "NONE",
      "view",
      "DIGEST",
      "request",
      "IMMEDIATE",
      "message",
      "DIGEST",
      "provisionChange",
      "IMMEDIATE",
      "concern",
      "IMMEDIATE",
      "disagreement",
      "IMMEDIATE"
    };
    mvc.perform(Slices.form(PARENT, "/account/notifications", all))
        .andExpect(redirectedUrl("/account/notifications"));
    Map<InboxKind, EmailChoice> expected = NotificationPreferences.defaults();
    expected.put(InboxKind.EVIDENCE, EmailChoice.NONE);
    verify(preferences).change(PARENT.id(), expected);

    Document refused =
        Slices.submit(
            mvc,
            PARENT,
            "/account/notifications",
            "meeting",
            "IMMEDIATE",
            "action",
            "WEEKLY",
            "deadline",
            "IMMEDIATE");
    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly(
            "#action",
            "#evidence",
            "#view",
            "#request",
            "#message",
            "#provisionChange",
            "#concern",
            "#disagreement");
    assertThat(refused.select("#action-error").text())
        .contains("Choose how you hear about actions");
    assertThat(refused.select("input[name=meeting][checked]").val()).isEqualTo("IMMEDIATE");
    verifyNoMoreInteractions(preferences);
  }
}

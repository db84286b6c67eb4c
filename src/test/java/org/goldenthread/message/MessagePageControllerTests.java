package org.goldenthread.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.Slices;
import org.goldenthread.web.ValidationProblem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A child's messages: the threads with what is unread, one thread read by whom, replies. */
@WebMvcTest(MessagePageController.class)
@Import(Slices.Pages.class)
class MessagePageControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Messages messages;

  AccessibleChild sarah;
  ThreadView thread;
  String list;

  @BeforeEach
  void sarahsThread() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    list = "/children/" + sarah.id() + "/messages";
    UUID threadId = UUID.randomUUID();
    Instant at = Instant.parse("2026-11-20T10:30:00Z");
    thread =
        new ThreadView(
            threadId,
            sarah.id(),
            "Sarah's next meeting",
            new ThreadAbout(AboutKind.MEETING, threadId, "/meetings/" + threadId),
            at,
            1,
            List.of(
                new MessageView(
                    UUID.randomUUID(),
                    threadId,
                    UUID.randomUUID(),
                    "Helen Carter",
                    at,
                    "Hello <b>Claire</b>\nSecond line",
                    List.of("Claire Bennett", "Tom Reid"))));
    given(messages.threads(eq(sarah), any()))
        .willReturn(new PageImpl<>(List.of(thread), PageRequest.of(0, 20), 1));
    given(messages.open(sarah, threadId)).willReturn(thread);
  }

  @Test
  void theListShowsEachThreadWithItsUnreadCountAndTheFormToStartOne() throws Exception {
    Document page = Slices.show(mvc, PARENT, list);

    assertThat(page.select("h1").text()).isEqualTo("Messages about Sarah Bennett");
    assertThat(page.select("#threads a").attr("href")).isEqualTo(list + "/" + thread.id());
    assertThat(page.select("#threads .govuk-tag").text()).isEqualTo("1 unread");
    assertThat(page.select("label[for=subject]").text()).isEqualTo("Subject");
    assertThat(page.select("textarea#text")).hasSize(1);
  }

  @Test
  void aThreadShowsItsTextEscapedWithLineBreaksAndWhoReadIt() throws Exception {
    Document page = Slices.show(mvc, PARENT, list + "/" + thread.id());

    assertThat(page.select("h1").text()).isEqualTo("Sarah's next meeting");
    assertThat(page.select("#about a").attr("href")).isEqualTo("/meetings/" + thread.id());
    assertThat(page.select("#messages p.app-item__words").first().wholeText())
        .isEqualTo("Hello <b>Claire</b>\nSecond line");
    assertThat(page.select("#messages b")).isEmpty();
    assertThat(page.select(".app-read-by").text()).isEqualTo("Read by Claire Bennett, Tom Reid");
    assertThat(page.select("form textarea#text")).hasSize(1);
  }

  @Test
  void aNewThreadGoesToItsPageAndARefusalIsShownByItsField() throws Exception {
    MessageView sent = thread.messages().get(0);
    given(messages.send(eq(sarah), eq(new NewMessage(null, "Lunch", "Hello", null, null))))
        .willReturn(sent);
    mvc.perform(Slices.form(PARENT, list, "subject", "Lunch", "text", "Hello"))
        .andExpect(redirectedUrl(list + "/" + thread.id()));

    given(messages.send(eq(sarah), eq(new NewMessage(null, "", "Hello", null, null))))
        .willThrow(ValidationProblem.of("subject", "message.error.subject.missing"));
    Document refused = Slices.submit(mvc, PARENT, list, "subject", "", "text", "Hello");
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#subject");
    assertThat(refused.select("title").text()).startsWith("Error:");
  }

  @Test
  void aReplyReturnsToTheThread() throws Exception {
    String path = list + "/" + thread.id();
    given(messages.send(eq(sarah), any())).willReturn(thread.messages().get(0));
    mvc.perform(Slices.form(PARENT, path, "text", "Thank you"))
        .andExpect(redirectedUrl(path + "#reply"));
    verify(messages).send(sarah, new NewMessage(thread.id(), null, "Thank you", null, null));
  }

  @Test
  void aStrangerIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    mvc.perform(get(list).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(Slices.form(stranger, list, "subject", "x", "text", "y"))
        .andExpect(status().isNotFound());
    verify(messages, never()).send(any(), any());
  }
}

package org.goldenthread.message;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Messages through the API: the shapes the issue fixes and what reaches the service. */
@WebMvcTest(MessageApiController.class)
class MessageApiControllerTests {

  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);

  @Autowired MockMvc mvc;
  @MockitoBean ChildAccess access;
  @MockitoBean Messages messages;

  AccessibleChild sarah;
  String path;
  MessageView sent;

  @BeforeEach
  void sarah() {
    sarah = TestDoor.opens(access, PARENT, "Sarah Bennett", Relationship.PARENT);
    path = "/api/v1/children/" + sarah.id() + "/messages";
    sent =
        new MessageView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            PARENT.id(),
            "Claire Bennett",
            Instant.parse("2026-11-23T10:00:00Z"),
            "Hello\nthere",
            List.of());
  }

  @Test
  void aMessageAnswers201WithIdThreadIdAuthorIdSentAtAndText() throws Exception {
    given(messages.send(eq(sarah), any())).willReturn(sent);

    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                path,
                "{\"subject\":\"Lunch\",\"text\":\"Hello\\nthere\","
                    + "\"about\":{\"kind\":\"outcome\",\"id\":\""
                    + sent.id()
                    + "\"}}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(sent.id().toString()))
        .andExpect(jsonPath("$.threadId").value(sent.threadId().toString()))
        .andExpect(jsonPath("$.authorId").value(PARENT.id().toString()))
        .andExpect(jsonPath("$.sentAt").value("2026-11-23T10:00:00Z"))
        .andExpect(jsonPath("$.text").value("Hello\nthere"));
    verify(messages)
        .send(sarah, new NewMessage(null, "Lunch", "Hello\nthere", AboutKind.OUTCOME, sent.id()));
  }

  @Test
  void anUnreadableIdOrKindIsA400NamingIt() throws Exception {
    mvc.perform(
            Slices.apiSend(
                HttpMethod.POST,
                PARENT,
                path,
                "{\"threadId\":\"seven\",\"text\":\"x\",\"about\":{\"kind\":\"CAKE\"}}"))
        .andExpect(Slices.badRequestNaming("threadId", "about.kind"));
    verify(messages, never()).send(any(), any());
  }

  @Test
  void threadsArePagedAndAThreadIsOpened() throws Exception {
    ThreadView thread =
        new ThreadView(sent.threadId(), sarah.id(), "Lunch", null, sent.sentAt(), 0, List.of(sent));
    given(messages.threads(eq(sarah), eq(PageRequest.of(1, 200))))
        .willReturn(new PageImpl<>(List.of(thread), PageRequest.of(1, 200), 201));
    given(messages.open(sarah, thread.id())).willReturn(thread);

    mvc.perform(Slices.apiGet(PARENT, path + "?page=1&size=500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(200))
        .andExpect(jsonPath("$.total").value(201))
        .andExpect(jsonPath("$.items[0].subject").value("Lunch"))
        .andExpect(jsonPath("$.items[0].messages[0].text").value("Hello\nthere"));
    mvc.perform(Slices.apiGet(PARENT, path + "/" + thread.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(thread.id().toString()));
  }

  @Test
  void aStrangerIsNotFound() throws Exception {
    CurrentUser stranger = TestDoor.stranger(access, Role.PARENT);
    mvc.perform(Slices.apiGet(stranger, path)).andExpect(Slices.problem(404));
    mvc.perform(Slices.apiSend(HttpMethod.POST, stranger, path, "{\"text\":\"x\"}"))
        .andExpect(Slices.problem(404));
    verify(messages, never()).send(any(), any());
  }
}

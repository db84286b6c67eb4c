package org.goldenthread.message;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A child's threads of messages through the API ({@code /children/{id}/messages}). */
@RestController
@Tag(name = "Messages")
class MessageApiController {

  private final Messages messages;

  MessageApiController(Messages messages) {
    this.messages = messages;
  }

  @GetMapping("/api/v1/children/{childId}/messages")
  @Operation(
      operationId = "listMessageThreads",
      summary =
          "The child's threads with their messages (oldest first in each, with who has read"
              + " each), newest activity first, paged over threads. Listing marks nothing read")
  PageOf<ThreadView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(messages.threads(child, PageOf.request(page, size)), thread -> thread);
  }

  @GetMapping("/api/v1/children/{childId}/messages/{threadId}")
  @Operation(
      operationId = "getMessageThread",
      summary = "One thread, opened: every message in it that others sent is marked read by you")
  ThreadView open(AccessibleChild child, @PathVariable String threadId) {
    return messages.open(child, NotFound.id(threadId));
  }

  @PostMapping("/api/v1/children/{childId}/messages")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "sendMessage",
      summary =
          "Send a message (anyone who may see the child): text (plain, line breaks kept, at"
              + " most 10,000 characters) and threadId, a thread of this child, to reply; or,"
              + " without threadId, subject (at most 200 characters) to start a thread,"
              + " optionally about something: about.kind (ASPIRATION, NEED, OUTCOME, PROVISION,"
              + " STRATEGY, MEETING or REQUEST) with about.id. A threadId that is not this"
              + " child's thread is a 400 naming threadId")
  SentMessage send(AccessibleChild child, @RequestBody MessageRequest body) {
    AboutKind kind = body.about() == null ? null : body.about().kind();
    UUID aboutId = body.about() == null ? null : body.about().id();
    MessageView sent =
        messages.send(
            child, new NewMessage(body.threadId(), body.subject(), body.text(), kind, aboutId));
    return new SentMessage(
        sent.id(), sent.threadId(), sent.authorId(), sent.authorName(), sent.sentAt(), sent.text());
  }

  /** A message as the API receives it. */
  record MessageRequest(UUID threadId, String subject, String text, About about) {}

  /** What a new thread is about, as the API receives it. */
  record About(AboutKind kind, UUID id) {}

  /** The message sent, as the API answers it. */
  record SentMessage(
      UUID id, UUID threadId, UUID authorId, String authorName, Instant sentAt, String text) {}
}

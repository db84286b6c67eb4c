package org.goldenthread.notification;

import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The outbox: mail the app would have sent, for a newcomer to read and follow its links. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@ConditionalOnProperty(
    name = "goldenthread.mail.outbox-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxController {

  static final String LIST_VIEW = "notification/outbox";
  static final String MESSAGE_VIEW = "notification/outbox-message";
  private static final int PAGE_SIZE = 25;

  private final OutboxMessageRepository outbox;
  private final OutboxAttachmentRepository attachments;

  OutboxController(OutboxMessageRepository outbox, OutboxAttachmentRepository attachments) {
    this.outbox = outbox;
    this.attachments = attachments;
  }

  @GetMapping("/admin/outbox")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "messages", outbox.findAllByOrderByCreatedAtDesc(PageOf.request(page, PAGE_SIZE)));
    return LIST_VIEW;
  }

  @GetMapping("/admin/outbox/{id}")
  String message(@PathVariable UUID id, Model model) {
    OutboxMessage message =
        outbox.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("message", message);
    model.addAttribute("lines", MessageLines.of(message.getBody()));
    model.addAttribute("attachments", attachments.findByMessageIdOrderByPosition(id));
    return MESSAGE_VIEW;
  }

  /** An attached file, downloaded as the recipient would have received it. */
  @GetMapping("/admin/outbox/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    OutboxAttachment file =
        attachments
            .findById(attachmentId)
            .filter(found -> found.getMessageId().equals(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.getFilename()).build().toString())
        .body(file.content());
  }
}

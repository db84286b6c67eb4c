package org.goldenthread.notification;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
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

  OutboxController(OutboxMessageRepository outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/admin/outbox")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "messages",
        outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    return LIST_VIEW;
  }

  @GetMapping("/admin/outbox/{id}")
  String message(@PathVariable UUID id, Model model) {
    OutboxMessage message =
        outbox
            .findById(id)
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("message", message);
    model.addAttribute("lines", MessageLines.of(message.getBody()));
    return MESSAGE_VIEW;
  }
}

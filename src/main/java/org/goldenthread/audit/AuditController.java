package org.goldenthread.audit;

import org.goldenthread.web.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform audit log, newest first, for platform administrators. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AuditController {

  static final String VIEW = "audit/audit-log";
  private static final int PAGE_SIZE = 50;

  private final AuditEventRepository events;

  AuditController(AuditEventRepository events) {
    this.events = events;
  }

  @GetMapping("/admin/audit")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "events", events.findAllByOrderByOccurredAtDescIdDesc(PageOf.request(page, PAGE_SIZE)));
    return VIEW;
  }
}

package org.goldenthread.audit;

import java.time.Instant;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.child.Permission;
import org.goldenthread.web.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who has looked at Sarah's record": the family's view of the trail, and the team's, each line in
 * the reader's language.
 */
@Controller
class ChildAuditPageController {

  static final String VIEW = "audit/child-audit";
  private static final int PAGE_SIZE = 50;

  private final ChildAuditRepository entries;
  private final Children children;
  private final HappenedWords words;

  ChildAuditPageController(ChildAuditRepository entries, Children children, HappenedWords words) {
    this.entries = entries;
    this.children = children;
    this.words = words;
  }

  @GetMapping("/children/{childId}/audit")
  String audit(AccessibleChild child, @RequestParam(defaultValue = "0") int page, Model model) {
    child.require(Permission.READ_AUDIT);
    model.addAttribute("child", children.get(child));
    model.addAttribute(
        "entries",
        entries
            .findByChildIdOrderByOccurredAtDescIdDesc(child.id(), PageOf.request(page, PAGE_SIZE))
            .map(this::line));
    return VIEW;
  }

  private Line line(ChildAuditEntry entry) {
    return new Line(entry.getAt(), entry.getActorName(), entry.getRole(), words.of(entry));
  }

  /** One line of the trail as the page shows it: what happened, in the reader's words. */
  record Line(Instant at, String actorName, String role, String what) {}
}

package org.goldenthread.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;
import org.goldenthread.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who read or changed a child's record, through the API. */
@RestController
@Tag(name = "Audit")
class ChildAuditApiController {

  private final ChildAuditRepository entries;

  ChildAuditApiController(ChildAuditRepository entries) {
    this.entries = entries;
  }

  @GetMapping("/api/v1/children/{childId}/audit")
  @Operation(
      operationId = "listChildAudit",
      summary = "Who read or changed the record, newest first")
  PageOf<Entry> audit(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    child.require(Permission.READ_AUDIT);
    return PageOf.of(
        entries.findByChildIdOrderByOccurredAtDescIdDesc(child.id(), PageOf.request(page, size)),
        Entry::of);
  }

  /** One line of the trail, as api.md shapes it. */
  record Entry(
      Instant at, UUID actorId, String actorName, String role, String action, String what) {
    static Entry of(ChildAuditEntry e) {
      return new Entry(
          e.getAt(), e.getActorId(), e.getActorName(), e.getRole(), e.getAction(), e.getWhat());
    }
  }
}

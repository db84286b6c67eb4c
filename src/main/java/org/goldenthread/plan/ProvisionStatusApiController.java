package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Pausing, stopping and restarting a piece of support through the API. */
@RestController
@Tag(name = "Plan")
class ProvisionStatusApiController {

  private final Plans plans;

  ProvisionStatusApiController(Plans plans) {
    this.plans = plans;
  }

  @PostMapping("/api/v1/children/{childId}/plan/provisions/{itemId}/status")
  @Operation(
      operationId = "setProvisionStatus",
      summary =
          "Pause, stop or restart a piece of support (staff): status ACTIVE, PAUSED or STOPPED;"
              + " a reason is needed to pause or stop; from (today when left out), until (a pause"
              + " only); the family is told at once; a stale version answers 409")
  PlanItem setStatus(
      AccessibleChild child, @PathVariable String itemId, @RequestBody StatusRequest body) {
    ProvisionStatusChange change =
        new ProvisionStatusChange(body.status(), body.reason(), body.from(), body.until());
    return plans.setProvisionStatus(child, NotFound.id(itemId), body.version(), change);
  }

  /** The new status, why, and from and until when, with the provision's version read. */
  record StatusRequest(
      ProvisionStatus status, String reason, LocalDate from, LocalDate until, Long version) {}
}

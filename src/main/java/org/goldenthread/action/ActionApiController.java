package org.goldenthread.action;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agreed actions through the API: the caller's own open ones, and changing one. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Meetings")
class ActionApiController {

  private final MeetingActions actions;

  ActionApiController(MeetingActions actions) {
    this.actions = actions;
  }

  @GetMapping
  @Operation(
      operationId = "listMyActions",
      summary = "The open actions you own, across the children you may see, overdue marked")
  PageOf<ActionView> mine(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(actions.openOwnedBy(user), page, size);
  }

  @GetMapping("/{actionId}")
  @Operation(operationId = "getAction", summary = "One action")
  ActionView get(AccessibleAction action) {
    return actions.get(action);
  }

  @PutMapping("/{actionId}")
  @Operation(
      operationId = "updateAction",
      summary =
          "Change an action: status OPEN, DONE or DROPPED (with a reason); those who run the"
              + " meeting may also change description, ownerId and dueOn. Send the version you"
              + " read (stale: 409)")
  ActionView update(AccessibleAction action, @RequestBody ActionChange body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    return actions.update(
        action,
        body.version(),
        new ActionUpdate(
            body.description(), body.ownerId(), body.dueOn(), body.status(), body.reason()));
  }

  /** A change to an action as the API receives it. */
  record ActionChange(
      ActionStatus status,
      String reason,
      String description,
      UUID ownerId,
      LocalDate dueOn,
      Long version) {}
}

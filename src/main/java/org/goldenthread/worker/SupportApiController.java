package org.goldenthread.worker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The team around the worker through the API ({@code /children/{id}/support-requests}). */
@RestController
@Tag(name = "Team Around the Worker")
class SupportApiController {

  static final String BASE = "/api/v1/children/{childId}/support-requests";

  private final SupportRequests requests;

  SupportApiController(SupportRequests requests) {
    this.requests = requests;
  }

  @GetMapping(BASE)
  @Operation(
      operationId = "listSupportRequests",
      summary =
          "The child's requests for support from the team, open first, then newest first (the"
              + " professional team only: the lead professional, staff on the team and the"
              + " school's SENCO; 404 for anyone else, the family included)")
  PageOf<SupportRequestView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return requests.forChild(child, page, size);
  }

  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "askForSupport",
      summary =
          "Ask the team for support on the case (the lead professional only; 403 for others on"
              + " the team): kind (QUESTION, JOINT_VISIT, SUPERVISION), subject (at most 200"
              + " characters), text (at most 10,000) and, for a joint visit, visitOn (the day"
              + " suggested, today or later). 400 naming each field missing or wrong")
  SupportRequestView ask(AccessibleChild child, @RequestBody AskBodyIn body) {
    return requests.ask(
        child, new SupportInput(body.kind(), body.subject(), body.text(), body.visitOn()));
  }

  @GetMapping(BASE + "/{requestId}")
  @Operation(
      operationId = "getSupportRequest",
      summary = "One request for support, with its thread of replies, oldest first")
  SupportRequestView get(AccessibleChild child, @PathVariable String requestId) {
    return requests.get(child, NotFound.id(requestId));
  }

  @PostMapping(BASE + "/{requestId}/replies")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "replyToSupportRequest",
      summary =
          "Answer in the request's thread (anyone on the professional team): text (at most"
              + " 10,000 characters). A resolved request takes no answer until it is reopened"
              + " (409)")
  SupportReplyView reply(
      AccessibleChild child, @PathVariable String requestId, @RequestBody ReplyBodyIn body) {
    return requests.reply(child, NotFound.id(requestId), body.text());
  }

  @PutMapping(BASE + "/{requestId}/status")
  @Operation(
      operationId = "updateSupportRequestStatus",
      summary =
          "Resolve a request with a closing note, or reopen it (the lead professional or the"
              + " SENCO; 403 for others on the team): status (RESOLVED or OPEN), note (needed to"
              + " resolve) and version (the one read: a stale one is a 409 with nothing changed)")
  SupportRequestView status(
      AccessibleChild child, @PathVariable String requestId, @RequestBody StatusBodyIn body) {
    return requests.changeStatus(
        child, NotFound.id(requestId), body.status(), body.note(), body.version());
  }

  /** A support request as the API receives it. */
  @Schema(name = "SupportRequestInput")
  record AskBodyIn(SupportKind kind, String subject, String text, LocalDate visitOn) {}

  /** An answer in a support request's thread, as the API receives it. */
  @Schema(name = "SupportReplyInput")
  record ReplyBodyIn(String text) {}

  /** A change of a support request's status, as the API receives it. */
  @Schema(name = "SupportStatusInput")
  record StatusBodyIn(SupportStatus status, String note, Long version) {}
}

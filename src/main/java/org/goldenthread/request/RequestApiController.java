package org.goldenthread.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requests in writing through the API ({@code /children/{id}/requests}, issue 15's shapes). */
@RestController
@Tag(name = "Requests in writing")
class RequestApiController {

  private final WrittenRequests requests;

  RequestApiController(WrittenRequests requests) {
    this.requests = requests;
  }

  @GetMapping("/api/v1/children/{childId}/requests")
  @Operation(
      operationId = "listRequests",
      summary =
          "The child's requests in writing, newest first, each with its due date, status (OPEN or"
              + " ANSWERED), late, the answer and daysTaken")
  PageOf<RequestView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return requests.forChild(child, page, size);
  }

  @PostMapping("/api/v1/children/{childId}/requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "makeRequest",
      summary =
          "Make a request in writing (a parent with parental responsibility, the young person, or"
              + " staff on the child's team): kind (SEN_SUPPORT, EHC_ASSESSMENT, COPY_OF_RECORDS,"
              + " MEETING, PROVISION_CHANGE, OTHER), to (SCHOOL or LOCAL_AUTHORITY) and text (at"
              + " most 10,000 characters). Made today; dueOn is the school's request days (15"
              + " school days unless the school set its own) for the school, 20 working days for"
              + " the authority. EHC_ASSESSMENT to LOCAL_AUTHORITY starts the statutory clock: an"
              + " EHC needs assessment is recorded (assessmentId) and the answer is due with its"
              + " decision whether to assess, 6 weeks on; 409 of type out-of-order while one is"
              + " already under way, and 400 naming kind for someone the law does not let make"
              + " that request (they ask the school). 400 naming each field missing or wrong;"
              + " 403 for someone who may see the child but not make a request")
  RequestView make(AccessibleChild child, @RequestBody RequestBodyIn body) {
    return requests.make(child, new RequestInput(body.kind(), body.to(), body.text()));
  }

  @GetMapping("/api/v1/requests/{requestId}")
  @Operation(
      operationId = "getRequest",
      summary = "One request in writing, with its answer when it has one")
  RequestView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String requestId) {
    return requests.read(user, NotFound.id(requestId)).request();
  }

  @PostMapping("/api/v1/requests/{requestId}/answer")
  @Operation(
      operationId = "answerRequest",
      summary =
          "Answer a request in writing, today (whoever it was sent to: the school's SENCO or"
              + " head, or an officer of the child's authority; 403 for anyone else, the family"
              + " included): text (the reasons, at most 10,000 characters), decision (AGREED,"
              + " PARTLY_AGREED, REFUSED, INFORMATION) and version (optional: a stale one is a"
              + " 409). A request is answered once: a second answer is a 409 with nothing changed")
  RequestView answer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String requestId,
      @RequestBody AnswerBodyIn body) {
    WrittenRequests.Opened opened = requests.open(user, NotFound.id(requestId));
    return requests.answer(
        opened.child(),
        opened.request().id(),
        new AnswerInput(body.text(), body.decision()),
        body.version());
  }

  /** A request as the API receives it. */
  @Schema(name = "WrittenRequestInput")
  record RequestBodyIn(RequestKind kind, RequestTo to, String text) {}

  /** An answer as the API receives it. */
  @Schema(name = "WrittenAnswerInput")
  record AnswerBodyIn(String text, RequestDecision decision, Long version) {}
}

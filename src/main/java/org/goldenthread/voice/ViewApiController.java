package org.goldenthread.voice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.Parse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Views of the child and family through the API ({@code /children/{id}/views}, issue 17). */
@RestController
@Tag(name = "Views of the child and family")
class ViewApiController {

  private final Views views;

  ViewApiController(Views views) {
    this.views = views;
  }

  @GetMapping("/api/v1/children/{childId}/views")
  @Operation(
      operationId = "listViews",
      summary =
          "The child's views, newest first; ?status=OPEN, ANSWERED or FED_BACK lists only those."
              + " openDays: days since recorded while an open loop (OPEN or ANSWERED), the days it"
              + " was open once FED_BACK")
  PageOf<RecordedView> list(
      AccessibleChild child,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Parse parse = new Parse();
    ViewStatus wanted = parse.choice("status", status, ViewStatus.class);
    parse.done();
    return views.forChild(child, wanted, page, size);
  }

  @PostMapping("/api/v1/children/{childId}/views")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "recordView",
      summary =
          "Record a view of the child or of the family: whose (CHILD or FAMILY) and text (at most"
              + " 10,000 characters) are required; aboutKind (PLAN_ITEM, MEETING, SCHOOL_LIFE,"
              + " OTHER) with aboutId (an item of the child's plan, or one of the child's"
              + " meetings), space, voice, method (TALKING, WRITING, DRAWING, SYMBOLS, TALKING_MAT,"
              + " TRUSTED_ADULT, INTERPRETER, OTHER), audience and documentId (a picture, drawing or"
              + " recording of it shared first as one of the child's documents, kind VIEW) are"
              + " optional. The family and the"
              + " child record their own (the child only whose=CHILD); school staff and the team"
              + " record one for the child or family. 400 naming each field missing or wrong; 403"
              + " for someone who may see the child but not record a view")
  RecordedView record(AccessibleChild child, @RequestBody ViewBodyIn body) {
    return views.record(
        child,
        new ViewInput(
            body.whose(),
            body.text(),
            body.feeling(),
            body.aboutKind(),
            body.aboutId(),
            body.space(),
            body.voice(),
            body.method(),
            body.audience(),
            body.documentId()));
  }

  @GetMapping("/api/v1/views/{viewId}")
  @Operation(operationId = "getView", summary = "One view, with its response when it has one")
  RecordedView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String viewId) {
    return views.read(user, NotFound.id(viewId)).view();
  }

  @PostMapping("/api/v1/views/{viewId}/response")
  @Operation(
      operationId = "respondToView",
      summary =
          "Answer a view (the school's SENCO, head or a teacher, or the lead professional; 403 for"
              + " anyone else, the family included): response (what was done, or why not; at most"
              + " 10,000 characters), how (how it was fed back), fedBackOn (the day it was fed"
              + " back: not in the future, not before the view) and version. With fedBackOn the"
              + " status is FED_BACK, otherwise ANSWERED; an ANSWERED view may be answered again"
              + " with the version read to record its feedback. A stale version, or a view already"
              + " fed back, is a 409 with nothing changed")
  RecordedView respond(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String viewId,
      @RequestBody ResponseBodyIn body) {
    Views.Opened opened = views.open(user, NotFound.id(viewId));
    return views.respond(
        opened.child(),
        opened.view().id(),
        new ResponseInput(body.response(), body.how(), body.fedBackOn()),
        body.version());
  }

  /** A view as the API receives it. */
  @Schema(name = "ViewInput")
  record ViewBodyIn(
      Whose whose,
      String text,
      Feeling feeling,
      AboutKind aboutKind,
      UUID aboutId,
      String space,
      String voice,
      ViewMethod method,
      String audience,
      UUID documentId) {}

  /** A response as the API receives it. */
  @Schema(name = "ViewResponseInput")
  record ResponseBodyIn(String response, String how, LocalDate fedBackOn, Long version) {}
}

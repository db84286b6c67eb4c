package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.Parse;
import org.goldenthread.web.PartialUpdate;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The golden thread plan through the API (api.md, "The plan"). */
@RestController
@RequestMapping("/api/v1/children/{childId}/plan")
@Tag(name = "Plan")
class PlanApiController {

  private final Plans plans;
  private final PlanDocument document;
  private final JsonMapper json;

  PlanApiController(Plans plans, PlanDocument document, JsonMapper json) {
    this.plans = plans;
    this.document = document;
    this.json = json;
  }

  @GetMapping
  @Operation(
      operationId = "getPlan",
      summary = "The whole golden thread with its breaks, totals and participation")
  PlanView plan(AccessibleChild child) {
    return plans.plan(child);
  }

  @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(
      operationId = "getPlanPdf",
      summary =
          "The plan as an accessible PDF (tagged PDF/UA) to print or keep, answered as a download"
              + " named plan-<given>-<family>-<date>.pdf")
  ResponseEntity<byte[]> pdf(AccessibleChild child, Locale locale) {
    return document.download(child, locale);
  }

  @GetMapping("/history")
  @Operation(
      operationId = "getPlanAsOf",
      summary =
          "The plan as it stood at the end of a day (?at=2026-03-01), from its stored history")
  PlanView asOf(AccessibleChild child, @RequestParam String at) {
    Parse parse = new Parse();
    java.time.LocalDate day = parse.date("at", at);
    parse.done();
    return plans.asOf(child, day);
  }

  @PostMapping("/agreement")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "agreePlan",
      summary =
          "Agree the version of the plan you read (a parent, the child or the young person);"
              + " a changed plan answers 409")
  AgreementView agree(AccessibleChild child, @RequestBody AgreementRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    return plans.agree(child, body.version());
  }

  @GetMapping("/agreements")
  @Operation(
      operationId = "listPlanAgreements",
      summary = "Every agreement of the plan, newest first")
  PageOf<AgreementView> agreements(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(plans.agreements(child), page, size);
  }

  @PostMapping("/{kind}")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addPlanItem",
      summary =
          "Add an item: kind is aspirations, needs, outcomes, provisions or strategies;"
              + " links are lists of ids (aspirationIds, needIds, outcomeIds, provisionIds)")
  PlanItem add(
      AccessibleChild child,
      @PathVariable @ItemKindPath String kind,
      @RequestBody ItemRequest body) {
    PlanItemKind itemKind = PlanPaths.kind(kind);
    plans.requireEdit(child, itemKind);
    return plans.add(child, body.input(itemKind));
  }

  @GetMapping("/{kind}/{itemId}")
  @Operation(operationId = "getPlanItem", summary = "One item as it is now")
  PlanItem item(
      AccessibleChild child, @PathVariable @ItemKindPath String kind, @PathVariable String itemId) {
    return plans.item(child, PlanPaths.kind(kind), NotFound.id(itemId));
  }

  @PutMapping("/{kind}/{itemId}")
  @Operation(
      operationId = "updatePlanItem",
      summary =
          "Change an item; send the version you read (stale: 409, nothing changed). A field left"
              + " out keeps its value; a list of links sent replaces the links")
  PlanItem update(
      AccessibleChild child,
      @PathVariable @ItemKindPath String kind,
      @PathVariable String itemId,
      @RequestBody ItemRequest body) {
    PlanItemKind itemKind = PlanPaths.kind(kind);
    UUID id = NotFound.id(itemId);
    plans.requireEdit(child, itemKind);
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    ItemRequest change =
        PartialUpdate.over(json, body, plans.item(child, itemKind, id), ItemRequest.class);
    return plans.update(child, id, body.version(), change.input(itemKind));
  }

  @DeleteMapping("/{kind}/{itemId}")
  @Operation(
      operationId = "removePlanItem",
      summary = "Remove an item and its links (?version= the version you read, optional)")
  ResponseEntity<Void> remove(
      AccessibleChild child,
      @PathVariable @ItemKindPath String kind,
      @PathVariable String itemId,
      @RequestParam(required = false) Long version) {
    plans.remove(child, PlanPaths.kind(kind), NotFound.id(itemId), version);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{kind}/{itemId}/history")
  @Operation(
      operationId = "listPlanItemHistory",
      summary = "The item's change list, newest first, each with the item as it then was")
  PageOf<ItemChange> itemHistory(
      AccessibleChild child,
      @PathVariable @ItemKindPath String kind,
      @PathVariable String itemId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(plans.changes(child, PlanPaths.kind(kind), NotFound.id(itemId)), page, size);
  }

  @PostMapping("/{kind}/{itemId}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "commentOnPlanItem",
      summary = "Comment on an item (the family and staff on the team)")
  CommentView comment(
      AccessibleChild child,
      @PathVariable @ItemKindPath String kind,
      @PathVariable String itemId,
      @RequestBody CommentRequest body) {
    return plans.comment(child, PlanPaths.kind(kind), NotFound.id(itemId), body.text());
  }

  /** Agreeing: the version of the plan that was read. */
  record AgreementRequest(Long version) {}

  /** A comment's words. */
  record CommentRequest(String text) {}
}

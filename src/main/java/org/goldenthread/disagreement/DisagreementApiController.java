package org.goldenthread.disagreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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

/** Disagreements through the API ({@code /children/{id}/disagreements}, issue 16's shapes). */
@RestController
@Tag(name = "Disagreements")
class DisagreementApiController {

  private final Disagreements disagreements;

  DisagreementApiController(Disagreements disagreements) {
    this.disagreements = disagreements;
  }

  @GetMapping("/api/v1/children/{childId}/disagreements")
  @Operation(
      operationId = "listDisagreements",
      summary =
          "The child's disagreements, newest first, each with its stages, deadlines and the next"
              + " option open to the family. Only the family, the school's SENCO, the lead"
              + " professional and the authority's officers see them (404 for anyone else), and a"
              + " complaint about a named member of staff is left out for that person")
  PageOf<DisagreementView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return disagreements.forChild(child, page, size);
  }

  @PostMapping("/api/v1/children/{childId}/disagreements")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "recordDisagreement",
      summary =
          "Record a disagreement (a parent with parental responsibility, or the young person; 403"
              + " for the SENCO, the lead professional or an officer): about (SCHOOL_SUPPORT,"
              + " REFUSAL_TO_ASSESS, REFUSAL_TO_ISSUE, PLAN_CONTENTS, CEASE, NAMED_SCHOOL_ONLY),"
              + " sections (letters A to K, with PLAN_CONTENTS only; B, F and I can go to the"
              + " Tribunal), decisionLetterOn (not in the future; without it the appeal deadline"
              + " cannot be worked out and next.option is DECISION_LETTER), summary (at most"
              + " 10,000 characters, plain words) and aboutStaffId (optional: the member of staff"
              + " a complaint is about, on the child's team or the school's staff, who will never"
              + " see it). Answers the disagreement with its deadlines and next option; the"
              + " school's SENCO (or the authority's officers, for a decision of the authority) is"
              + " told in the inbox")
  DisagreementView record(AccessibleChild child, @RequestBody DisagreementBodyIn body) {
    Set<PlanSection> sections = EnumSet.noneOf(PlanSection.class);
    if (body.sections() != null) {
      body.sections().stream().filter(Objects::nonNull).forEach(sections::add);
    }
    return disagreements.record(
        child,
        new DisagreementInput(
            body.about(), sections, body.decisionLetterOn(), body.summary(), body.aboutStaffId()));
  }

  @GetMapping("/api/v1/disagreements/{disagreementId}")
  @Operation(
      operationId = "getDisagreement",
      summary = "One disagreement, with its stages, deadlines and next option")
  DisagreementView get(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String disagreementId) {
    return disagreements.read(user, NotFound.id(disagreementId)).disagreement();
  }

  @PostMapping("/api/v1/disagreements/{disagreementId}/stages")
  @Operation(
      operationId = "addDisagreementStage",
      summary =
          "Add a stage (the family, the school's SENCO or an officer of the child's authority; 403"
              + " for the lead professional): stage (TALK_TO_SCHOOL, SCHOOL_COMPLAINT,"
              + " DISAGREEMENT_RESOLUTION, MEDIATION_ADVICE, MEDIATION, TRIBUNAL), startedOn (not in"
              + " the future), certificateOn (MEDIATION_ADVICE, when the family decided not to"
              + " mediate, or MEDIATION only; not in the future nor before startedOn), asked,"
              + " answered, outcome (each at most 10,000 characters, plain words), settles (true"
              + " when this stage settled the disagreement) and version (optional: a stale one is a"
              + " 409). Stages need not come in order. Answers the disagreement with its deadlines"
              + " worked out again")
  DisagreementView addStage(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String disagreementId,
      @RequestBody StageBodyIn body) {
    Disagreements.Opened opened = disagreements.open(user, NotFound.id(disagreementId));
    StageInput input =
        new StageInput(
            body.stage(),
            body.startedOn(),
            body.certificateOn(),
            body.asked(),
            body.answered(),
            body.outcome(),
            body.settles());
    return disagreements.addStage(
        opened.child(), opened.disagreement().id(), input, body.version());
  }

  /** A disagreement as the API receives it. */
  @Schema(name = "DisagreementInput")
  record DisagreementBodyIn(
      DisagreementAbout about,
      List<PlanSection> sections,
      LocalDate decisionLetterOn,
      String summary,
      UUID aboutStaffId) {}

  /** A stage as the API receives it. */
  @Schema(name = "DisagreementStageInput")
  record StageBodyIn(
      StageKind stage,
      LocalDate startedOn,
      LocalDate certificateOn,
      String asked,
      String answered,
      String outcome,
      Boolean settles,
      Long version) {}
}

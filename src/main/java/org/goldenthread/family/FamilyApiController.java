package org.goldenthread.family;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Permission;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.PartialUpdate;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
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

/** The family around a child through the API. */
@RestController
@RequestMapping("/api/v1/children/{childId}/family")
@Tag(name = "Family")
class FamilyApiController {

  private final Families families;
  private final FamilyContexts contexts;
  private final JsonMapper json;

  FamilyApiController(Families families, FamilyContexts contexts, JsonMapper json) {
    this.families = families;
    this.contexts = contexts;
    this.json = json;
  }

  @GetMapping
  @Operation(
      operationId = "getFamily",
      summary =
          "Parents and carers, and what the family asks us to take into account (context, a"
              + " limit's note and a withheld address are absent for those who may not see them)")
  FamilyJson list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return new FamilyJson(
        PageOf.of(families.members(child), page, size),
        child.can(Permission.READ_CIRCUMSTANCES) ? contexts.context(child) : null);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addFamilyMember",
      summary = "Add a parent or carer (a limit only by the SENCO, head or officer)")
  FamilyMemberView add(AccessibleChild child, @RequestBody MemberRequest body) {
    return families.add(child, body.details());
  }

  @PutMapping("/{memberId}")
  @Operation(
      operationId = "updateFamilyMember",
      summary =
          "Change a parent's or carer's details; send the version you read. Fields left out stay"
              + " as they are. A limit (informationLimited, limitationNote) is for the SENCO, head"
              + " or officer, with the court order or reason; anyone else asking to change it gets"
              + " 403 and nothing is saved")
  FamilyMemberView update(
      AccessibleChild child, @PathVariable UUID memberId, @RequestBody MemberRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    return families.update(child, memberId, body.version(), body.change());
  }

  @PutMapping("/context")
  @Operation(
      operationId = "updateFamilyContext",
      summary =
          "Change what the family asks professionals to take into account; send the version you"
              + " read (0 before it was first saved). A field left out stays as it is")
  FamilyContextView context(AccessibleChild child, @RequestBody ContextRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    FamilyContextView now = contexts.context(child);
    ContextRequest change = PartialUpdate.over(json, body, now, ContextRequest.class);
    return contexts.update(
        child,
        body.version(),
        new FamilyContextView(
            change.culture(),
            change.religion(),
            change.parentingArrangements(),
            change.circumstances(),
            body.version()));
  }

  /** What the family asks professionals to take into account, as the API receives it. */
  @Schema(name = "FamilyContextRequest")
  record ContextRequest(
      String culture,
      String religion,
      String parentingArrangements,
      String circumstances,
      Long version) {}

  /** The family list and, for those who may see it, the family's context. */
  record FamilyJson(
      PageOf<FamilyMemberView> members,
      @JsonInclude(JsonInclude.Include.NON_NULL) FamilyContextView context) {}

  /** A parent or carer as the API receives them. */
  @Schema(name = "FamilyMemberRequest")
  record MemberRequest(
      String name,
      @Schema(format = "email") String email,
      String phone,
      FamilyRelationship relationship,
      Boolean parentalResponsibility,
      String household,
      String preferredLanguage,
      PreferredFormat preferredFormat,
      ContactChannel contactChannel,
      Boolean informationLimited,
      String limitationNote,
      String address,
      Boolean addressWithheld,
      Long version) {

    FamilyMemberDetails details() {
      return new FamilyMemberDetails(
          name,
          email,
          phone,
          relationship,
          Boolean.TRUE.equals(parentalResponsibility),
          household,
          preferredLanguage,
          preferredFormat,
          contactChannel,
          Boolean.TRUE.equals(informationLimited),
          limitationNote,
          address,
          Boolean.TRUE.equals(addressWithheld));
    }

    FamilyMemberChange change() {
      return new FamilyMemberChange(
          name,
          email,
          phone,
          relationship,
          parentalResponsibility,
          household,
          preferredLanguage,
          preferredFormat,
          contactChannel,
          address,
          addressWithheld,
          informationLimited,
          limitationNote);
    }
  }
}

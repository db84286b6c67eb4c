package org.goldenthread.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.Parse;
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

/** The family around a child through the API. */
@RestController
@RequestMapping("/api/v1/children/{childId}/family")
@Tag(name = "Family")
class FamilyApiController {

  private final Families families;

  FamilyApiController(Families families) {
    this.families = families;
  }

  @GetMapping
  @Operation(summary = "Parents and carers, and what the family asks us to take into account")
  FamilyJson list(
      AccessibleChild child,
      @PathVariable String childId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return new FamilyJson(
        PageOf.of(families.members(child), page, size),
        child.can(Permission.READ_CIRCUMSTANCES) ? families.context(child) : null);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a parent or carer")
  FamilyMemberView add(
      AccessibleChild child, @PathVariable String childId, @RequestBody MemberRequest body) {
    return families.add(child, body.details());
  }

  @PutMapping("/{memberId}")
  @Operation(summary = "Change a parent's or carer's details; send the version you read")
  FamilyMemberView update(
      AccessibleChild child,
      @PathVariable String childId,
      @PathVariable UUID memberId,
      @RequestBody MemberRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    return families.update(child, memberId, body.version(), body.details());
  }

  @PutMapping("/context")
  @Operation(summary = "Change what the family asks professionals to take into account")
  FamilyContextView context(
      AccessibleChild child, @PathVariable String childId, @RequestBody FamilyContextView body) {
    return families.updateContext(child, body.version(), body);
  }

  /** The family list and, for those who may see it, the family's context. */
  record FamilyJson(PageOf<FamilyMemberView> members, FamilyContextView context) {}

  /** A parent or carer as the API receives them. */
  @Schema(name = "FamilyMemberRequest")
  record MemberRequest(
      String name,
      String email,
      String phone,
      String relationship,
      Boolean parentalResponsibility,
      String household,
      String preferredLanguage,
      String preferredFormat,
      String contactChannel,
      Boolean informationLimited,
      String limitationNote,
      Long version) {

    FamilyMemberDetails details() {
      Parse parse = new Parse();
      FamilyMemberDetails details =
          new FamilyMemberDetails(
              name,
              email,
              phone,
              parse.choice("relationship", relationship, FamilyRelationship.class),
              Boolean.TRUE.equals(parentalResponsibility),
              household,
              preferredLanguage,
              parse.choice("preferredFormat", preferredFormat, PreferredFormat.class),
              parse.choice("contactChannel", contactChannel, ContactChannel.class),
              Boolean.TRUE.equals(informationLimited),
              limitationNote);
      parse.done();
      return details;
    }
  }
}

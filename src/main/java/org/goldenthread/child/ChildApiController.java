package org.goldenthread.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.PartialUpdate;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Children's records through the API. */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children")
class ChildApiController {

  private final Children children;
  private final Profiles profiles;
  private final ChildAccess access;
  private final JsonMapper json;

  ChildApiController(Children children, Profiles profiles, ChildAccess access, JsonMapper json) {
    this.children = children;
    this.profiles = profiles;
    this.access = access;
    this.json = json;
  }

  @GetMapping
  @Operation(operationId = "listChildren", summary = "The children the caller may see")
  PageOf<ChildJson> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(
        children.page(user, ChildFilter.none(), PageOf.request(page, size)),
        child -> seenBy(user, ChildJson.of(child, null)));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "createChild",
      summary = "Add a child (school staff of the child's school, or its authority)")
  ChildJson create(@AuthenticationPrincipal CurrentUser user, @RequestBody ChildRequest body) {
    return ChildJson.of(children.create(user, body.details()), null);
  }

  @GetMapping("/{childId}")
  @Operation(operationId = "getChild", summary = "A child's record and one-page profile")
  ChildJson get(AccessibleChild child) {
    return ChildJson.of(children.get(child), profiles.sections(child)).seenBy(child.grant());
  }

  /**
   * The child as this person may see them: a child's own account (the only one that may not see the
   * school's numbers) is asked about; no one else costs a statement.
   */
  private ChildJson seenBy(CurrentUser user, ChildJson child) {
    if (!user.has(Role.CHILD)) {
      return child;
    }
    return access.grant(user, child.id()).map(child::seenBy).orElse(child);
  }

  @PutMapping("/{childId}")
  @Operation(
      operationId = "updateChild",
      summary =
          "Correct a child's record; send the version you read. A field left out keeps its value")
  ChildJson update(AccessibleChild child, @RequestBody ChildRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    ChildJson now = ChildJson.of(children.get(child), null);
    ChildRequest change = PartialUpdate.over(json, body, now, ChildRequest.class);
    return ChildJson.of(children.update(child, body.version(), change.details()), null);
  }

  /** A child as the API answers it. */
  record ChildJson(
      UUID id,
      String givenName,
      String familyName,
      String preferredName,
      LocalDate dateOfBirth,
      String upn,
      UUID schoolId,
      String schoolName,
      Integer yearGroup,
      SenStatus senStatus,
      NeedCode primaryNeed,
      NeedCode secondaryNeed,
      List<String> homeLanguages,
      boolean interpreterNeeded,
      Pronouns pronouns,
      List<ProfileSectionView> profile,
      long version) {

    /** Without the unique pupil number for someone who may not read it (a child under 16). */
    ChildJson seenBy(AccessGrant grant) {
      if (grant.can(Permission.READ_PUPIL_NUMBER)) {
        return this;
      }
      return new ChildJson(
          id,
          givenName,
          familyName,
          preferredName,
          dateOfBirth,
          null,
          schoolId,
          schoolName,
          yearGroup,
          senStatus,
          primaryNeed,
          secondaryNeed,
          homeLanguages,
          interpreterNeeded,
          pronouns,
          profile,
          version);
    }

    static ChildJson of(ChildSummary c, List<ProfileSectionView> profile) {
      return new ChildJson(
          c.id(),
          c.givenName(),
          c.familyName(),
          c.preferredName(),
          c.dateOfBirth(),
          c.upn(),
          c.schoolId(),
          c.schoolName(),
          YearGroup.number(c.yearGroup()),
          c.senStatus(),
          c.primaryNeed(),
          c.secondaryNeed(),
          c.homeLanguages(),
          c.interpreterNeeded(),
          c.pronouns(),
          profile,
          c.version());
    }
  }

  /** A child as the API receives it. */
  record ChildRequest(
      String givenName,
      String familyName,
      String preferredName,
      LocalDate dateOfBirth,
      String upn,
      UUID schoolId,
      @Schema(
              type = "integer",
              description = "The National Curriculum year: 0 reception, -1 and -2 nursery")
          String yearGroup,
      SenStatus senStatus,
      NeedCode primaryNeed,
      NeedCode secondaryNeed,
      List<String> homeLanguages,
      Boolean interpreterNeeded,
      Pronouns pronouns,
      Long version) {

    ChildDetails details() {
      return new ChildDetails(
          givenName,
          familyName,
          preferredName,
          dateOfBirth,
          upn,
          schoolId,
          YearGroup.fromApi(yearGroup),
          senStatus,
          primaryNeed,
          secondaryNeed,
          homeLanguages == null ? List.of() : homeLanguages,
          Boolean.TRUE.equals(interpreterNeeded),
          pronouns);
    }
  }
}

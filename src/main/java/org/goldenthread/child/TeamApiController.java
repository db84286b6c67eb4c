package org.goldenthread.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.PartialUpdate;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
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

/** The Team Around the Child through the API. */
@RestController
@RequestMapping("/api/v1/children/{childId}/team")
@Tag(name = "Team Around the Child")
class TeamApiController {

  private final Teams teams;
  private final JsonMapper json;

  TeamApiController(Teams teams, JsonMapper json) {
    this.teams = teams;
    this.json = json;
  }

  @GetMapping
  @Operation(operationId = "listTeamMembers", summary = "The team now, lead professional first")
  PageOf<TeamMemberView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(teams.current(child), page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addTeamMember",
      summary = "Add a member; an outside professional waits for consent")
  TeamMemberView add(AccessibleChild child, @RequestBody MemberRequest body) {
    return teams.add(child, body.details(), Boolean.TRUE.equals(body.lead()));
  }

  @PutMapping("/{memberId}")
  @Operation(
      operationId = "updateTeamMember",
      summary =
          "Change a member; send the version you read. A field left out stays as it is; lead"
              + " true makes them the lead professional; a school role is only for staff of the"
              + " child's school")
  TeamMemberView update(
      AccessibleChild child, @PathVariable UUID memberId, @RequestBody MemberRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    TeamMemberView now = teams.member(child, memberId);
    MemberRequest change = PartialUpdate.over(json, body, now, MemberRequest.class);
    return teams.update(
        child, memberId, body.version(), change.details(), Boolean.TRUE.equals(body.lead()));
  }

  @DeleteMapping("/{memberId}")
  @Operation(
      operationId = "removeTeamMember",
      summary = "Remove a member from the team (their access ends now; history is kept)")
  ResponseEntity<Void> remove(AccessibleChild child, @PathVariable UUID memberId) {
    teams.remove(child, memberId);
    return ResponseEntity.noContent().build();
  }

  /** A team member as the API receives them. */
  @Schema(name = "TeamMemberRequest")
  record MemberRequest(
      UUID userId,
      String name,
      TeamRole role,
      String organisation,
      LocalDate startOn,
      LocalDate endOn,
      String commitment,
      Boolean lead,
      Long version) {

    TeamMemberDetails details() {
      return new TeamMemberDetails(userId, name, role, organisation, startOn, endOn, commitment);
    }
  }
}

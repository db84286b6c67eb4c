package org.goldenthread.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The child's own account through the API: where it stands, and inviting the child. */
@RestController
@RequestMapping("/api/v1/children/{childId}/account")
@Tag(name = "Child and young person accounts")
class ChildAccountApiController {

  private final ChildAccounts accounts;

  ChildAccountApiController(ChildAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(
      operationId = "getChildAccount",
      summary =
          "Whether the child has an account of their own, the invitation waiting for them, and"
              + " the age from which their school lets them have one (a parent with parental"
              + " responsibility or the SENCO)")
  AccountJson status(AccessibleChild child) {
    return AccountJson.of(accounts.status(child));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "inviteChildAccount",
      summary =
          "Invite the child to an account of their own by email: 400 naming dateOfBirth when the"
              + " child is younger than their school's minimum age, 409 when they have an account"
              + " or an invitation is waiting")
  InvitationJson invite(AccessibleChild child, @RequestBody InviteRequest body) {
    return InvitationJson.of(accounts.invite(child, body == null ? null : body.email()));
  }

  /** Whom to invite. */
  record InviteRequest(String email) {}

  /** An invitation sent to the child. */
  record InvitationJson(UUID id, String email, Instant sentAt, Instant expiresAt) {

    static InvitationJson of(ChildAccountStatus.Pending pending) {
      return pending == null
          ? null
          : new InvitationJson(
              pending.id(), pending.email(), pending.sentAt(), pending.expiresAt());
    }
  }

  /** Where the child's own account stands. */
  record AccountJson(
      UUID childId,
      boolean hasAccount,
      int minimumAge,
      boolean oldEnough,
      InvitationJson invitation) {

    static AccountJson of(ChildAccountStatus status) {
      return new AccountJson(
          status.childId(),
          status.hasAccount(),
          status.minimumAge(),
          status.oldEnough(),
          InvitationJson.of(status.invitation()));
    }
  }
}

package org.goldenthread.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing in to the API: tokens, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Signing in")
class AuthApiController {

  private static final String PROBLEM = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  private final SignIn signIn;
  private final ApiTokens tokens;

  AuthApiController(SignIn signIn, ApiTokens tokens) {
    this.signIn = signIn;
    this.tokens = tokens;
  }

  @PostMapping("/auth/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "createToken",
      summary = "Exchange an email and password for a bearer token (12 hours)")
  @ApiResponse(
      responseCode = "401",
      description =
          "The email address or password is not right, or the account has two-factor sign-in"
              + " and otp is missing or not right (the answer does not say which)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
  @ApiResponse(
      responseCode = "403",
      description =
          "The details are right, but the account must use two-factor sign-in and has not set it"
              + " up yet: that is done by signing in on the website",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
  TokenResponse createToken(@RequestBody TokenRequest body, HttpServletRequest request) {
    body.validate();
    SignIn.Outcome outcome =
        signIn.attempt(
            body.email(),
            body.password(),
            body.otp(),
            request.getRemoteAddr(),
            SignedIn.Channel.API);
    return switch (outcome.result()) {
      case SIGNED_IN -> {
        ApiTokens.IssuedToken token = tokens.issue(outcome.user());
        yield new TokenResponse(token.token(), token.expiresAt());
      }
      // A wrong or missing code reads exactly as a wrong password: no hint which part was wrong.
      case REFUSED, CODE_NEEDED ->
          throw ProblemTypes.refusal(HttpStatus.UNAUTHORIZED, null, "api.problem.signInRefused");
      // 403, not 401: the details are right and the person is known, but an account that must use
      // two-factor sign-in gets no token until it has, and that is set up on the website only;
      // a 401 would tell a script to try other details, which would never help. Only someone who
      // has the password sees it, and guessing passwords stays throttled as before.
      case SET_UP_NEEDED ->
          throw ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.twoFactorNeeded");
      case THROTTLED -> {
        ErrorResponseException tooMany =
            ProblemTypes.refusal(HttpStatus.TOO_MANY_REQUESTS, null, "api.problem.signInThrottled");
        tooMany
            .getHeaders()
            .set(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.WINDOW.toSeconds()));
        throw tooMany;
      }
    };
  }

  @DeleteMapping("/auth/tokens/current")
  @Operation(
      operationId = "revokeCurrentToken",
      summary = "Revoke the token this request was made with")
  ResponseEntity<Void> revokeCurrent(HttpServletRequest request) {
    Object token = request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE);
    if (token instanceof String value) {
      tokens.revoke(value);
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/me")
  @Operation(operationId = "getMe", summary = "The signed-in caller")
  Me me(@AuthenticationPrincipal CurrentUser user) {
    return new Me(
        user.id().toString(),
        user.email(),
        user.displayName(),
        user.roles().stream().map(Role::name).sorted().toList(),
        user.grants().stream()
            .map(grant -> new Me.Membership(grant.role().name(), idOrNull(grant.organisationId())))
            .toList(),
        organisation(user).map(grant -> grant.organisationId().toString()).orElse(null),
        organisation(user)
            .map(grant -> Me.OrganisationKind.valueOf(grant.role().organisationKind().name()))
            .orElse(null));
  }

  /**
   * The school, authority or service where a member of staff works (the first where they hold a
   * role), so that a client finds its dashboard; none for families.
   */
  private static java.util.Optional<CurrentUser.RoleGrant> organisation(CurrentUser user) {
    return user.grants().stream()
        .filter(grant -> grant.organisationId() != null)
        .filter(grant -> grant.role().organisationKind() != Role.OrganisationKind.NONE)
        .findFirst();
  }

  private static String idOrNull(UUID id) {
    return id == null ? null : id.toString();
  }

  record TokenRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email") String email,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password") String password,
      @Schema(
              description =
                  "The six-digit code from the authenticator app (or a recovery code), for an"
                      + " account with two-factor sign-in")
          String otp) {
    void validate() {
      List<ValidationProblem.FieldMessage> errors = new ArrayList<>();
      if (email == null || email.isBlank()) {
        errors.add(new ValidationProblem.FieldMessage("email", "Enter your email address."));
      }
      if (password == null || password.isEmpty()) {
        errors.add(new ValidationProblem.FieldMessage("password", "Enter your password."));
      }
      if (!errors.isEmpty()) {
        throw new ValidationProblem(errors);
      }
    }
  }

  record TokenResponse(String token, Instant expiresAt) {}

  record Me(
      @Schema(format = "uuid") String id,
      @Schema(format = "email") String email,
      String name,
      List<String> roles,
      List<Membership> memberships,
      @Schema(
              format = "uuid",
              nullable = true,
              description =
                  "The school, authority or service of a member of staff; null for families")
          String organisationId,
      @Schema(nullable = true, description = "What organisationId is; null for families")
          OrganisationKind organisationKind) {
    /** A role and the school, authority or service where it is held. */
    record Membership(
        String role, @Schema(format = "uuid", nullable = true) String organisationId) {}

    /** Where a member of staff works. */
    enum OrganisationKind {
      SCHOOL,
      LOCAL_AUTHORITY,
      SERVICE
    }
  }
}

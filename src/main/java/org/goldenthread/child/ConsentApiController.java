package org.goldenthread.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Consents for outside professionals through the API. */
@RestController
@RequestMapping("/api/v1/children/{childId}/consents")
@Tag(name = "Consent")
class ConsentApiController {

  private final Consents consents;

  ConsentApiController(Consents consents) {
    this.consents = consents;
  }

  @GetMapping
  @Operation(
      operationId = "listConsents",
      summary =
          "Consents given and withdrawn, newest first (for those who may record consent, as on"
              + " the consent page)")
  PageOf<ConsentView> list(
      AccessibleChild child,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return PageOf.of(consents.history(child), page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "recordConsent",
      summary =
          "Give or withdraw consent for a team member (parental responsibility, the young person"
              + " from 16, or the SENCO recording it for them)")
  ConsentView record(AccessibleChild child, @RequestBody ConsentRequest body) {
    if (body.memberId() == null) {
      throw ValidationProblem.of("memberId", "child.consent.error.member");
    }
    return consents.record(
        child,
        body.memberId(),
        body.version(),
        body.status(),
        body.method(),
        body.givenOn(),
        body.givenBy());
  }

  /**
   * A consent as the API receives it; {@code version} (optional) is the team member's version as
   * read, so that a consent recorded meanwhile by someone else is a conflict.
   */
  record ConsentRequest(
      UUID memberId,
      ConsentStatus status,
      ConsentMethod method,
      LocalDate givenOn,
      String givenBy,
      Long version) {}
}

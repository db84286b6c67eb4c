package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent for an outside professional to join the team: given by a person with parental
 * responsibility (or the young person from 16), or recorded for them by the SENCO. Withdrawing it
 * ends that member's access at once.
 */
@Service
@Transactional(readOnly = true)
public class Consents {

  private final ConsentRepository consents;
  private final Teams teams;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Consents(ConsentRepository consents, Teams teams, ApplicationEventPublisher events, Clock clock) {
    this.consents = consents;
    this.teams = teams;
    this.events = events;
    this.clock = clock;
  }

  public List<ConsentView> history(AccessibleChild child) {
    return consents.findByChildIdOrderByRecordedAtDesc(child.id()).stream()
        .map(Consent::view)
        .toList();
  }

  /**
   * Records consent given or withdrawn.
   *
   * @param givenBy who gave it; needed when the SENCO records it for the family, otherwise the
   *     person recording it
   */
  @Transactional
  public ConsentView record(
      AccessibleChild child,
      UUID memberId,
      ConsentStatus status,
      ConsentMethod method,
      LocalDate givenOn,
      String givenBy) {
    child.require(Permission.RECORD_CONSENT);
    TeamMember member = teams.memberOf(child, memberId);
    java.util.List<ValidationProblem.FieldMessage> problems = new java.util.ArrayList<>();
    if (!member.role().needsConsent()) {
      problems.add(new ValidationProblem.FieldMessage("memberId", "child.consent.error.notNeeded"));
    }
    if (status != ConsentStatus.GIVEN && status != ConsentStatus.WITHDRAWN) {
      problems.add(new ValidationProblem.FieldMessage("status", "child.consent.error.status"));
    }
    if (method == null) {
      problems.add(new ValidationProblem.FieldMessage("method", "child.consent.error.method"));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = givenOn == null ? today : givenOn;
    if (on.isAfter(today)) {
      problems.add(new ValidationProblem.FieldMessage("givenOn", "child.consent.error.future"));
    }
    String giver = givenBy == null || givenBy.isBlank() ? null : givenBy.strip();
    if (giver == null && child.grant().isFamily()) {
      giver = child.user().displayName();
    }
    if (giver == null) {
      problems.add(new ValidationProblem.FieldMessage("givenBy", "child.consent.error.givenBy"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    member.recordConsent(status);
    Consent saved =
        consents.save(
            new Consent(
                child.id(),
                member.id(),
                status,
                method,
                on,
                giver,
                child.user().id(),
                child.user().displayName(),
                clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            (status == ConsentStatus.GIVEN ? "Consent given for " : "Consent withdrawn for ")
                + member.name()));
    return saved.view();
  }
}

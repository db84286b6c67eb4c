package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent for a team member who needs it (an outside professional, or anyone the school may not let
 * in without it): given by a person with parental responsibility (or the young person from 16), or
 * recorded for them by the SENCO. Withdrawing it ends that member's access at once. The history is
 * read under the same rule by the pages and the API: those who may record consent.
 */
@Service
@Transactional(readOnly = true)
public class Consents {

  private final ConsentRepository consents;
  private final Teams teams;
  private final RecordLock lock;
  private final AccessEndings endings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Consents(
      ConsentRepository consents,
      Teams teams,
      RecordLock lock,
      AccessEndings endings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.consents = consents;
    this.teams = teams;
    this.lock = lock;
    this.endings = endings;
    this.events = events;
    this.clock = clock;
  }

  /** Every consent given or withdrawn, newest first: for those who may record consent. */
  public List<ConsentView> history(AccessibleChild child) {
    child.require(Permission.RECORD_CONSENT);
    return consents.findByChildIdOrderByRecordedAtDesc(child.id()).stream()
        .map(Consent::view)
        .toList();
  }

  /** Records consent given or withdrawn, without checking the member's version. */
  @Transactional
  public ConsentView record(
      AccessibleChild child,
      UUID memberId,
      ConsentStatus status,
      ConsentMethod method,
      LocalDate givenOn,
      String givenBy) {
    return record(child, memberId, null, status, method, givenOn, givenBy);
  }

  /**
   * Records consent given or withdrawn. With the member's {@code version} as read, a stale one is a
   * conflict; without it, recording what already stands (someone recorded it first) is one.
   *
   * @param givenBy who gave it; needed when the SENCO records it for the family, otherwise the
   *     person recording it
   */
  @Transactional
  public ConsentView record(
      AccessibleChild child,
      UUID memberId,
      Long version,
      ConsentStatus status,
      ConsentMethod method,
      LocalDate givenOn,
      String givenBy) {
    AccessibleChild now = lock.lock(child).require(Permission.RECORD_CONSENT);
    TeamMember member = teams.memberOf(now, memberId);
    List<FieldMessage> problems = new ArrayList<>();
    if (member.consent() == ConsentStatus.NOT_NEEDED) {
      problems.add(new FieldMessage("memberId", "child.consent.error.notNeeded"));
    }
    if (status != ConsentStatus.GIVEN && status != ConsentStatus.WITHDRAWN) {
      problems.add(new FieldMessage("status", "child.consent.error.status"));
    }
    if (method == null) {
      problems.add(new FieldMessage("method", "child.consent.error.method"));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = givenOn == null ? today : givenOn;
    if (on.isAfter(today)) {
      problems.add(new FieldMessage("givenOn", "child.consent.error.future"));
    }
    String giver = givenBy == null || givenBy.isBlank() ? null : givenBy.strip();
    if (giver == null && now.grant().isFamily()) {
      giver = now.user().displayName();
    }
    if (giver == null) {
      problems.add(new FieldMessage("givenBy", "child.consent.error.givenBy"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    if (version != null ? version != member.version() : member.consent() == status) {
      throw new EditConflict();
    }
    AccessEndings.Watch watch = endings.before(now.id(), member.userId());
    member.recordConsent(status);
    Consent saved =
        consents.save(
            new Consent(
                now.id(),
                member.id(),
                status,
                method,
                on,
                giver,
                now.user().id(),
                now.user().displayName(),
                clock.instant()));
    consents.flush();
    events.publishEvent(
        now.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                status == ConsentStatus.GIVEN
                    ? "audit.what.consent.given"
                    : "audit.what.consent.withdrawn",
                written(member.name()))));
    if (status == ConsentStatus.WITHDRAWN) {
      watch.after(ChildAccessEnded.Reason.CONSENT_WITHDRAWN);
    }
    return saved.view();
  }
}

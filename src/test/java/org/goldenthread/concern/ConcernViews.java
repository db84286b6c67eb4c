package org.goldenthread.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.Slices;

/** Concerns as the service shows them, for the web slice tests (today is {@link Slices#TODAY}). */
final class ConcernViews {

  static final LocalDate TODAY = Slices.TODAY;

  private ConcernViews() {}

  /** Raised by the mother 5 days ago, due in 16, no meeting yet. */
  static ConcernView open(AccessibleChild child) {
    return new ConcernView(
        UUID.randomUUID(),
        child.id(),
        child.displayName(),
        "Sarah finds <b>reading</b> hard.",
        "She skips lines.",
        "Reading together every night.",
        "The words jump about.",
        TODAY.minusDays(5),
        "Claire Bennett",
        RaisedBy.PARENT,
        TODAY.plusDays(16),
        ConcernStatus.OPEN,
        false,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /** Raised 30 days ago, due 9 days ago, its meeting held 2 days ago, still without a decision. */
  static ConcernView late(AccessibleChild child, UUID meetingId) {
    return new ConcernView(
        UUID.randomUUID(),
        child.id(),
        child.displayName(),
        "Sarah is alone at lunchtimes.",
        null,
        null,
        null,
        TODAY.minusDays(30),
        "Tom Reid",
        RaisedBy.STAFF,
        TODAY.minusDays(9),
        ConcernStatus.OPEN,
        true,
        meetingId,
        Instant.parse("2026-11-21T15:30:00Z"),
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /** The late one, decided today at its meeting: SEN support, reviewed in 6 weeks. */
  static ConcernView decided(ConcernView late) {
    return new ConcernView(
        late.id(),
        late.childId(),
        late.childName(),
        late.noticed(),
        late.examples(),
        late.tried(),
        late.childSays(),
        late.raisedOn(),
        late.raisedByName(),
        late.raisedByRole(),
        late.answerDueOn(),
        ConcernStatus.DECIDED,
        true,
        late.meetingId(),
        late.meetingStartsAt(),
        true,
        ConcernDecision.SEN_SUPPORT,
        "A lunchtime club and a plan written with the family.",
        TODAY.plusWeeks(6),
        TODAY,
        "Helen Carter",
        late.meetingId(),
        null,
        null,
        1);
  }

  /** The open one, decided without a meeting, after a phone call: keep an eye on it. */
  static ConcernView monitoredAfterACall(ConcernView open) {
    return new ConcernView(
        open.id(),
        open.childId(),
        open.childName(),
        open.noticed(),
        open.examples(),
        open.tried(),
        open.childSays(),
        open.raisedOn(),
        open.raisedByName(),
        open.raisedByRole(),
        open.answerDueOn(),
        ConcernStatus.DECIDED,
        false,
        null,
        null,
        false,
        ConcernDecision.MONITOR,
        "We will watch her reading for half a term.",
        TODAY.plusWeeks(6),
        TODAY,
        "Helen Carter",
        null,
        "after a phone call with Claire",
        null,
        1);
  }
}

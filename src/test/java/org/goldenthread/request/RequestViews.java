package org.goldenthread.request;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.Slices;

/** Requests as the service shows them, for the web slice tests (today is {@link Slices#TODAY}). */
final class RequestViews {

  static final LocalDate TODAY = Slices.TODAY;

  private RequestViews() {}

  /** A request to the school for a meeting, made 5 days ago, due in 10, waiting. */
  static RequestView open(AccessibleChild child) {
    return new RequestView(
        UUID.randomUUID(),
        child.id(),
        child.displayName(),
        RequestKind.MEETING,
        RequestTo.SCHOOL,
        "Please can we meet about <b>reading</b>?",
        TODAY.minusDays(5),
        TODAY.plusDays(10),
        RequestStatus.OPEN,
        false,
        null,
        null,
        null,
        null,
        "Claire Bennett",
        MadeBy.PARENT,
        null,
        null,
        0);
  }

  /** A request for a change to provision, made 30 days ago, due 9 days ago, still waiting. */
  static RequestView late(AccessibleChild child) {
    return new RequestView(
        UUID.randomUUID(),
        child.id(),
        child.displayName(),
        RequestKind.PROVISION_CHANGE,
        RequestTo.SCHOOL,
        "A quiet room at lunchtime, please.",
        TODAY.minusDays(30),
        TODAY.minusDays(9),
        RequestStatus.OPEN,
        true,
        null,
        null,
        null,
        null,
        "Claire Bennett",
        MadeBy.PARENT,
        null,
        null,
        0);
  }

  /** The late one, answered today: 30 days taken, 9 after it was due. */
  static RequestView answeredLate(RequestView late) {
    return new RequestView(
        late.id(),
        late.childId(),
        late.childName(),
        late.kind(),
        late.to(),
        late.text(),
        late.madeOn(),
        late.dueOn(),
        RequestStatus.ANSWERED,
        true,
        "We can offer the library at lunchtime.",
        RequestDecision.PARTLY_AGREED,
        TODAY,
        30L,
        late.madeByName(),
        late.madeByRole(),
        "Helen Carter",
        null,
        1);
  }

  /** The same request at another version (changed by someone else meanwhile). */
  static RequestView atVersion(RequestView r, long version) {
    return new RequestView(
        r.id(),
        r.childId(),
        r.childName(),
        r.kind(),
        r.to(),
        r.text(),
        r.madeOn(),
        r.dueOn(),
        r.status(),
        r.late(),
        r.answer(),
        r.decision(),
        r.answeredOn(),
        r.daysTaken(),
        r.madeByName(),
        r.madeByRole(),
        r.answeredByName(),
        r.assessmentId(),
        version);
  }
}

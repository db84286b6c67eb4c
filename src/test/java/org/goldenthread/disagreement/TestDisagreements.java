package org.goldenthread.disagreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineStatus;

/** Disagreements as the service answers them, for the web slices. */
final class TestDisagreements {

  private TestDisagreements() {}

  /** A refusal to assess, letter of 15 June 2026, advice with a certificate: appeal by 1 Sept. */
  static DisagreementView refusal(AccessibleChild child) {
    UUID id = UUID.randomUUID();
    Deadline appeal =
        new Deadline(
            DeadlineKind.APPEAL,
            LocalDate.of(2026, 9, 1),
            null,
            DeadlineOwner.FAMILY,
            null,
            DeadlineStatus.PENDING,
            null,
            null,
            id,
            child.id(),
            List.of(),
            true,
            null);
    StageView advice =
        new StageView(
            UUID.randomUUID(),
            StageKind.MEDIATION_ADVICE,
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 3),
            "Talked <b>it</b> through with the adviser",
            null,
            "We decided not to mediate.",
            false,
            "Claire Bennett",
            Instant.parse("2026-07-03T18:00:00Z"));
    return new DisagreementView(
        id,
        child.id(),
        child.displayName(),
        DisagreementAbout.REFUSAL_TO_ASSESS,
        List.of(),
        LocalDate.of(2026, 6, 15),
        "The council will not assess Sarah.",
        null,
        null,
        "Claire Bennett",
        Instant.parse("2026-06-20T18:00:00Z"),
        List.of(advice),
        List.of(appeal),
        new DisagreementView.NextStep(
            NextOption.APPEAL,
            appeal,
            List.of(
                "You can appeal to the SEND Tribunal within 2 months of the date of the decision"
                    + " letter.",
                "The date would fall in August, so the tribunal\u2019s rule moves it to the first"
                    + " working day of September.")),
        true,
        true,
        1);
  }
}

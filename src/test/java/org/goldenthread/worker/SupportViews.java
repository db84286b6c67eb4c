package org.goldenthread.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.Slices;

/** Support requests as the service shows them, for the web slice tests. */
final class SupportViews {

  static final LocalDate TODAY = Slices.TODAY;
  static final Instant ASKED = Instant.parse("2026-11-19T15:20:00Z");

  private SupportViews() {}

  /** A supervision request asked 4 days ago, with one answer, still open. */
  static SupportRequestView open(AccessibleChild child) {
    return new SupportRequestView(
        UUID.randomUUID(),
        child.id(),
        SupportKind.SUPERVISION,
        "Sarah's worries at lunchtime",
        "Am I reading this <b>right</b>?",
        null,
        "Helen Carter",
        ASKED,
        TODAY.minusDays(4),
        SupportStatus.OPEN,
        null,
        null,
        null,
        ASKED.plusSeconds(3600),
        1,
        List.of(
            new SupportReplyView(
                UUID.randomUUID(),
                "Let us talk on Thursday.",
                "Fiona Walsh",
                ASKED.plusSeconds(3600))),
        3);
  }

  /** A joint visit, resolved with a closing note. */
  static SupportRequestView resolved(AccessibleChild child) {
    return new SupportRequestView(
        UUID.randomUUID(),
        child.id(),
        SupportKind.JOINT_VISIT,
        "Home visit together",
        "Could you come with me?",
        TODAY.minusDays(10),
        "Helen Carter",
        ASKED.minusSeconds(86_400 * 14),
        TODAY.minusDays(18),
        SupportStatus.RESOLVED,
        "We visited together.",
        "Helen Carter",
        ASKED.minusSeconds(86_400 * 9),
        null,
        0,
        List.of(),
        5);
  }
}

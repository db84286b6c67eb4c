package org.goldenthread.voice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.Slices;

/** Views as the service shows them, for the web slice tests (today is {@link Slices#TODAY}). */
public final class RecordedViews {

  static final LocalDate TODAY = Slices.TODAY;
  static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private RecordedViews() {}

  /** The child's view, recorded by her mother 12 days ago, about school life, not answered. */
  public static RecordedView open(AccessibleChild child) {
    return new RecordedView(
        UUID.randomUUID(),
        child.id(),
        Whose.CHILD,
        "I want to sit near the <b>door</b>.",
        null,
        AboutKind.SCHOOL_LIFE,
        null,
        "At home, at teatime",
        "Her own words",
        ViewMethod.TALKING,
        "Her mum",
        "Claire Bennett",
        TODAY.minusDays(12).atTime(16, 0).atZone(ENGLAND).toInstant(),
        ViewStatus.OPEN,
        12,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /** The family's view, answered and fed back 3 days after it was recorded. */
  public static RecordedView fedBack(AccessibleChild child) {
    return new RecordedView(
        UUID.randomUUID(),
        child.id(),
        Whose.FAMILY,
        "More help with homework, please.",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Claire Bennett",
        TODAY.minusDays(20).atTime(9, 0).atZone(ENGLAND).toInstant(),
        ViewStatus.FED_BACK,
        3,
        "You said homework was hard, so there is a homework club on Tuesdays.",
        "A note in the reading record",
        TODAY.minusDays(17),
        "Helen Carter",
        null,
        2);
  }
}

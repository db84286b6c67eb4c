package org.goldenthread.contact;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.family.ContactChannel;

/**
 * A family out of touch longer than the child's school allows ({@code weeks}), with how the parent
 * to contact wants to hear from us: their name, channel and language (null when none is recorded),
 * and whether the family needs an interpreter (recorded on the child's record).
 */
public record Lapsed(
    UUID childId,
    String childName,
    LastInTouch last,
    int weeks,
    String parentName,
    ContactChannel channel,
    String language,
    boolean interpreterNeeded) {

  /** The day they were last in touch, or null when no contact has been recorded. */
  public LocalDate lastOn() {
    return last == null ? null : last.on();
  }
}

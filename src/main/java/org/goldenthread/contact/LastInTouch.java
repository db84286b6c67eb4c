package org.goldenthread.contact;

import java.time.LocalDate;

/**
 * When a family was last in touch, and by which channel: an entry of the contact log (its {@code
 * how}), a message from one of the family, or a meeting held with them.
 */
public record LastInTouch(LocalDate on, String channel) {

  public static final String MESSAGE = "MESSAGE";
  public static final String MEETING = "MEETING";

  /** The later of the two; either may be null. */
  static LastInTouch later(LastInTouch a, LastInTouch b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.on().isAfter(a.on()) ? b : a;
  }
}

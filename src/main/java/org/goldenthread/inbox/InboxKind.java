package org.goldenthread.inbox;

import java.util.Locale;

/**
 * What an inbox item is about, each with the email a person gets for it until they choose
 * otherwise: at once for meetings, deadlines, changes to support, requests, concerns and
 * disagreements, which call for something soon; in the daily digest for the rest.
 */
public enum InboxKind {
  MEETING(EmailChoice.IMMEDIATE),
  ACTION(EmailChoice.DIGEST),
  DEADLINE(EmailChoice.IMMEDIATE),
  EVIDENCE(EmailChoice.DIGEST),
  VIEW(EmailChoice.DIGEST),
  REQUEST(EmailChoice.IMMEDIATE),
  MESSAGE(EmailChoice.DIGEST),
  PROVISION_CHANGE(EmailChoice.IMMEDIATE),
  /** An early concern raised (for the SENCO) and its decision (for the family). */
  CONCERN(EmailChoice.IMMEDIATE),
  /** A disagreement recorded or moved on (for the SENCO or the authority's officers). */
  DISAGREEMENT(EmailChoice.IMMEDIATE);

  private final EmailChoice byDefault;

  InboxKind(EmailChoice byDefault) {
    this.byDefault = byDefault;
  }

  /** The email a person gets for this kind until they choose otherwise. */
  public EmailChoice byDefault() {
    return byDefault;
  }

  /** The name of its field on the preferences page: "provisionChange". */
  String field() {
    String lower = name().toLowerCase(Locale.ROOT);
    int gap = lower.indexOf('_');
    return gap < 0
        ? lower
        : lower.substring(0, gap)
            + Character.toUpperCase(lower.charAt(gap + 1))
            + lower.substring(gap + 2);
  }
}

package org.goldenthread.inbox;

/** How a person wants to be emailed about a kind of inbox item. */
public enum EmailChoice {
  /** An email at once for each item. */
  IMMEDIATE,
  /** The day's items in one email, the daily digest. */
  DIGEST,
  /** No email: the inbox only. */
  NONE
}

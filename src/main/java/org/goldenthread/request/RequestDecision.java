package org.goldenthread.request;

/** What the answer to a request decided. Every answer also gives its reasons in words. */
public enum RequestDecision {
  AGREED,
  PARTLY_AGREED,
  REFUSED,
  /** No decision was asked for: the answer gives the information requested. */
  INFORMATION
}

package org.goldenthread.worker;

/** Whether a support request still waits for the team. */
public enum SupportStatus {
  OPEN,
  RESOLVED
}

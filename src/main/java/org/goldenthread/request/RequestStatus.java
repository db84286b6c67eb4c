package org.goldenthread.request;

/** Whether a request has its written answer yet. */
public enum RequestStatus {
  OPEN,
  ANSWERED
}

package org.goldenthread.request;

/** What a request in writing asks for. */
public enum RequestKind {
  SEN_SUPPORT,
  EHC_ASSESSMENT,
  COPY_OF_RECORDS,
  MEETING,
  PROVISION_CHANGE,
  OTHER
}

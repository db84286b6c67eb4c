package org.goldenthread.directory;

/** What kind of help a service in the directory gives. */
public enum SupportKind {
  /** The local SEND information, advice and support service (SENDIASS). */
  INFORMATION_ADVICE_SUPPORT,
  /** A charity or service giving independent legal advice on education law. */
  INDEPENDENT_LEGAL_ADVICE,
  HELPLINE,
  PARENT_CARER_FORUM,
  SUPPORT_GROUP,
  TRAINING,
  OTHER
}

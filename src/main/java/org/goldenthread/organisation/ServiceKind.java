package org.goldenthread.organisation;

/** What an outside service does for children with SEND. */
public enum ServiceKind {
  EDUCATIONAL_PSYCHOLOGY,
  SPEECH_AND_LANGUAGE_THERAPY,
  OCCUPATIONAL_THERAPY,
  SCHOOL_NURSING,
  SOCIAL_CARE,
  EARLY_YEARS_SEND,
  SENSORY_SUPPORT,
  /** The SEND information, advice and support service: impartial help for families. */
  SENDIASS,
  OTHER
}

package org.goldenthread.child;

/** A member's role in the Team Around the Child. */
public enum TeamRole {
  SENCO(false),
  CLASS_TEACHER(false),
  TEACHING_ASSISTANT(false),
  EDUCATIONAL_PSYCHOLOGIST(true),
  SPEECH_AND_LANGUAGE_THERAPIST(true),
  OCCUPATIONAL_THERAPIST(true),
  SCHOOL_NURSE(true),
  SOCIAL_WORKER(true),
  EARLY_YEARS_SEND(true),
  SENSORY_SUPPORT(true),
  PARENT_CARER(false),
  CHILD(false),
  OTHER(true);

  private final boolean outside;

  TeamRole(boolean outside) {
    this.outside = outside;
  }

  /** An outside professional joins only with the family's recorded consent. */
  public boolean needsConsent() {
    return outside;
  }
}

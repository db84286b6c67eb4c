package org.goldenthread.child;

/**
 * A member's role in the Team Around the Child. A school role is for staff of the child's own
 * school, a family role for the child's own family or the child; both join without consent. An
 * outside role always waits for the family's consent, whoever holds it.
 */
public enum TeamRole {
  SENCO(Kind.SCHOOL),
  CLASS_TEACHER(Kind.SCHOOL),
  TEACHING_ASSISTANT(Kind.SCHOOL),
  EDUCATIONAL_PSYCHOLOGIST(Kind.OUTSIDE),
  SPEECH_AND_LANGUAGE_THERAPIST(Kind.OUTSIDE),
  OCCUPATIONAL_THERAPIST(Kind.OUTSIDE),
  SCHOOL_NURSE(Kind.OUTSIDE),
  SOCIAL_WORKER(Kind.OUTSIDE),
  EARLY_YEARS_SEND(Kind.OUTSIDE),
  SENSORY_SUPPORT(Kind.OUTSIDE),
  PARENT_CARER(Kind.FAMILY),
  CHILD(Kind.FAMILY),
  OTHER(Kind.OUTSIDE);

  /** Who a role is for. */
  enum Kind {
    SCHOOL,
    FAMILY,
    OUTSIDE
  }

  private final Kind kind;

  TeamRole(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** An outside role: its holder joins only with the family's recorded consent. */
  public boolean needsConsent() {
    return kind == Kind.OUTSIDE;
  }
}

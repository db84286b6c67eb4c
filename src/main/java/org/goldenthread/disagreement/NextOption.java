package org.goldenthread.disagreement;

/** The next option open to the family, as the page and the API name it. */
public enum NextOption {
  /** Talk to the class teacher or the SENCO. */
  TALK_TO_SCHOOL,
  /** Use the school's formal complaint procedure. */
  SCHOOL_COMPLAINT,
  /** Ask the local authority's disagreement resolution service to help. */
  DISAGREEMENT_RESOLUTION,
  /** The decision letter's date is missing, so the deadlines cannot be worked out. */
  DECISION_LETTER,
  /** Contact a mediation adviser (needed before an appeal, except about the named school only). */
  MEDIATION_ADVICE,
  /** Decide whether to go to mediation; without it, ask the adviser for the certificate. */
  MEDIATION_CHOICE,
  /** Mediation, which the local authority must arrange within 30 days. */
  MEDIATION,
  /** Appeal to the SEND Tribunal. */
  APPEAL,
  /** The appeal is with the Tribunal: its own timetable follows. */
  WITH_TRIBUNAL,
  /** The school's route is used up; asking for an EHC needs assessment is open. */
  ASK_FOR_ASSESSMENT,
  /** The disagreement is settled: nothing further is open. */
  SETTLED
}

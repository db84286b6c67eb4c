package org.goldenthread.disagreement;

/** A disagreement's kinds in the words of the child's history (kept in English, as the log is). */
final class DisagreementWords {

  private DisagreementWords() {}

  static String about(DisagreementAbout about) {
    return switch (about) {
      case SCHOOL_SUPPORT -> "support at school";
      case REFUSAL_TO_ASSESS -> "a refusal to assess";
      case REFUSAL_TO_ISSUE -> "a refusal to issue an EHC plan";
      case PLAN_CONTENTS -> "the contents of an EHC plan";
      case CEASE -> "a decision to cease an EHC plan";
      case NAMED_SCHOOL_ONLY -> "the school named in the plan";
    };
  }

  static String stage(StageKind stage) {
    return switch (stage) {
      case TALK_TO_SCHOOL -> "talking to the school";
      case SCHOOL_COMPLAINT -> "the school's complaint procedure";
      case DISAGREEMENT_RESOLUTION -> "disagreement resolution";
      case MEDIATION_ADVICE -> "mediation advice";
      case MEDIATION -> "mediation";
      case TRIBUNAL -> "an appeal to the SEND Tribunal";
    };
  }
}

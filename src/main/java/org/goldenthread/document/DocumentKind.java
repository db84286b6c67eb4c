package org.goldenthread.document;

/** What a document is (issue 15, "API shapes"). */
public enum DocumentKind {
  ASSESSMENT_REPORT,
  MEDICAL_LETTER,
  SCHOOL_REPORT,
  PARENT_EVIDENCE,
  OTHER
}

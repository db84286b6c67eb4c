package org.goldenthread.child;

/** The four sections of a one-page profile. */
public enum ProfileSectionKind {
  LIKE_AND_ADMIRE,
  IMPORTANT_TO_ME,
  HOW_TO_SUPPORT_ME,
  HOW_I_COMMUNICATE
}

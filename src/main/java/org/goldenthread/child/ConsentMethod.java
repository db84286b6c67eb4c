package org.goldenthread.child;

/** How consent was given. */
public enum ConsentMethod {
  IN_APP,
  WRITTEN,
  VERBAL
}

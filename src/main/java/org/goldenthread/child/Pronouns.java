package org.goldenthread.child;

/**
 * How the child likes to be referred to. Left unset, the product uses the child's name instead of a
 * pronoun ("Sarah's family"), never "their" by guess.
 */
public enum Pronouns {
  SHE_HER,
  HE_HIM,
  THEY_THEM
}

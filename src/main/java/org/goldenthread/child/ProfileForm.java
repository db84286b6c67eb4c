package org.goldenthread.child;

/** One section of the one-page profile as typed, with the version read (0 when unwritten). */
record ProfileForm(String text, Long version) {}

package org.goldenthread.child;

/** The child's email address, as typed, to invite them to an account of their own. */
record ChildAccountForm(String email) {}

package org.goldenthread.child;

/** A person's place on a child's team, with the child. */
record TeamPlace(TeamMember member, Child child) {}

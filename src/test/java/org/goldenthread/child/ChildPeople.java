package org.goldenthread.child;

import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;

/**
 * The people the child module's slice tests sign in as. What each may do with a child is what the
 * mocked door gives them ({@link TestDoor#opens}), not their role.
 */
final class ChildPeople {

  static final CurrentUser SENCO = TestDoor.person("Priya Shah", Role.SENCO);
  static final CurrentUser TEACHER = TestDoor.person("Tom Reed", Role.TEACHER);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final CurrentUser THERAPIST = TestDoor.person("Fiona Walsh", Role.PROFESSIONAL);
  static final CurrentUser OFFICER = TestDoor.person("Owen Price", Role.AUTHORITY_OFFICER);

  private ChildPeople() {}
}

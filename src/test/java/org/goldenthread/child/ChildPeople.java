package org.goldenthread.child;

import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;

/**
 * The people the slice tests of the child and the family sign in as. What each may do with a child
 * is what the mocked door gives them ({@link TestDoor#opens}), not their role.
 */
public final class ChildPeople {

  public static final CurrentUser SENCO = TestDoor.person("Priya Shah", Role.SENCO);
  public static final CurrentUser TEACHER = TestDoor.person("Tom Reed", Role.TEACHER);
  public static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  public static final CurrentUser THERAPIST = TestDoor.person("Fiona Walsh", Role.PROFESSIONAL);
  public static final CurrentUser OFFICER = TestDoor.person("Owen Price", Role.AUTHORITY_OFFICER);

  private ChildPeople() {}
}

package org.goldenthread.child;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.CurrentUser.RoleGrant;
import org.goldenthread.identity.Role;
import org.goldenthread.web.NotFound;

/**
 * The door of a web slice test: people to sign in as, and a mocked {@link ChildAccess} that opens a
 * child to someone with the relationships given, or to nobody. A slice test declares
 * {@code @MockitoBean ChildAccess access}, signs in with {@code
 * SecurityMockMvcRequestPostProcessors.user(person)} and tells the door who may come in:
 *
 * <pre>{@code
 * CurrentUser parent = TestDoor.person("Claire Bennett");
 * AccessibleChild sarah = TestDoor.opens(access, parent, "Sarah Bennett", Relationship.PARENT);
 * TestDoor.refuses(access, stranger);
 * }</pre>
 */
public final class TestDoor {

  private TestDoor() {}

  /** Someone signed in with these roles (an organisation each, new ids). */
  public static CurrentUser person(String name, Role... roles) {
    List<RoleGrant> grants =
        java.util.Arrays.stream(roles).map(role -> new RoleGrant(role, UUID.randomUUID())).toList();
    return new CurrentUser(
        UUID.randomUUID(),
        name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
        name,
        "{noop}not-used",
        true,
        grants);
  }

  /** A child of a new id opened to the person with these relationships, as the door would. */
  public static AccessibleChild child(
      CurrentUser person, String displayName, Relationship... relationships) {
    UUID id = UUID.randomUUID();
    Set<Relationship> held = EnumSet.noneOf(Relationship.class);
    held.addAll(List.of(relationships));
    return new AccessibleChild(
        id, AccessGrant.of(id, held, false), person, UUID.randomUUID(), displayName);
  }

  /** The same child opened to someone else, with these relationships, as the door would. */
  public static AccessibleChild sameChild(
      AccessibleChild child, CurrentUser person, Relationship... relationships) {
    Set<Relationship> held = EnumSet.noneOf(Relationship.class);
    held.addAll(List.of(relationships));
    return new AccessibleChild(
        child.id(),
        AccessGrant.of(child.id(), held, false),
        person,
        child.schoolId(),
        child.displayName());
  }

  /** Makes the mocked door open a new child to the person; answers the child. */
  public static AccessibleChild opens(
      ChildAccess access, CurrentUser person, String displayName, Relationship... relationships) {
    AccessibleChild child = child(person, displayName, relationships);
    given(access.open(eq(person), eq(child.id()))).willReturn(child);
    return child;
  }

  /** Makes the mocked door refuse the person every child, as it refuses a stranger: not found. */
  public static void refuses(ChildAccess access, CurrentUser person) {
    given(access.open(eq(person), any())).willThrow(NotFound.error());
  }

  /**
   * Someone with this role whom the mocked door refuses every child, as it refuses a SENCO of
   * another school or the parent of another child.
   */
  public static CurrentUser stranger(ChildAccess access, Role role) {
    CurrentUser stranger = person("Sam Stranger", role);
    refuses(access, stranger);
    return stranger;
  }
}

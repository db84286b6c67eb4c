package org.goldenthread.meeting;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Children;
import org.goldenthread.child.TeamMemberDetails;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.Pupils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh children at Riverside for meeting tests, each with a parent of their own (a new account
 * with the demo password, holding parental responsibility) and the demo teacher on the team, so
 * that tests stay independent of each other and of the demo children.
 */
class MeetingFixtures {

  static final String SENCO = "senco@riverside.example";
  static final String TEACHER = "teacher@riverside.example";
  static final String OTHER_PARENT = "other.parent@example.org";
  private static final AtomicLong serial = new AtomicLong(System.nanoTime() % 1_000_000);

  private final Accounts accounts;
  private final Organisations organisations;
  private final Children children;
  private final ChildAccess access;
  private final Families families;
  private final Teams teams;
  private final JdbcTemplate jdbc;
  private final Pupils pupils;

  MeetingFixtures(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
    this.organisations = context.getBean(Organisations.class);
    this.children = context.getBean(Children.class);
    this.access = context.getBean(ChildAccess.class);
    this.families = context.getBean(Families.class);
    this.teams = context.getBean(Teams.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.pupils = new Pupils(context);
  }

  /** A new pupil at Riverside on SEN support, with a parent and the demo teacher on the team. */
  Fresh child() {
    return child(null);
  }

  /** The same, going by a name other than her given name Maya ("Mo", say), when one is given. */
  Fresh child(String preferredName) {
    long n = serial.incrementAndGet();
    Pupils.Pupil pupil =
        pupils
            .pupil("Maya", "Meet" + n)
            .preferredName(preferredName)
            .bornOn(LocalDate.of(2014, 5, 9))
            .withParent("meeting.parent." + n + "@example.org", "Sam Meet" + n)
            .withTeacher()
            .add();
    return new Fresh(
        pupil.id(), pupil.parentEmail(), pupil.parentId(), pupil.teacherId(), pupil.sencoId());
  }

  /**
   * A new outside professional (an educational psychologist of the demo service, with an account of
   * their own) put on the child's team, where they wait for consent.
   */
  Person professional(Fresh child) {
    long n = serial.incrementAndGet();
    UUID eps =
        organisations.services().stream()
            .filter(s -> s.name().equals("Northshire Educational Psychology Service"))
            .findFirst()
            .orElseThrow()
            .id();
    String email = "meeting.ep." + n + "@example.org";
    CurrentUser ep =
        accounts.createOrGrant(
            email, "Dr Ash Ep" + n, ApiClient.DEMO_PASSWORD, Role.PROFESSIONAL, eps);
    return onTeam(child, ep);
  }

  /** The same professional put on another child's team too, waiting for that family's consent. */
  Person professional(Fresh child, Person already) {
    return onTeam(child, accounts.findById(already.id()).orElseThrow());
  }

  private Person onTeam(Fresh child, CurrentUser ep) {
    UUID member =
        teams
            .add(
                access.open(user(SENCO), child.id()),
                new TeamMemberDetails(
                    ep.id(),
                    ep.displayName(),
                    TeamRole.EDUCATIONAL_PSYCHOLOGIST,
                    "Northshire Educational Psychology Service",
                    LocalDate.of(2026, 9, 1),
                    null,
                    null))
            .id();
    return new Person(ep.id(), ep.email(), ep.displayName(), member);
  }

  /** A second parent with parental responsibility and an account of their own (the father). */
  Person secondParent(Fresh child) {
    long n = serial.incrementAndGet();
    String email = "meeting.father." + n + "@example.org";
    CurrentUser father =
        accounts.createOrGrant(email, "Lee Meet" + n, ApiClient.DEMO_PASSWORD, Role.PARENT, null);
    UUID member =
        families
            .add(
                access.open(user(SENCO), child.id()),
                new FamilyMemberDetails(
                    father.displayName(),
                    email,
                    null,
                    FamilyRelationship.FATHER,
                    true,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null))
            .id();
    jdbc.update("update family_member set user_id = ? where id = ?", father.id(), member);
    return new Person(father.id(), email, father.displayName(), member);
  }

  /**
   * A parent or carer on the child's family record known only by their email address (no account),
   * with or without parental responsibility, and with or without a limit on what they are told.
   */
  Person familyByEmail(Fresh child, String name, boolean parentalResponsibility, boolean limited) {
    String email =
        name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
            + "."
            + serial.incrementAndGet()
            + "@example.org";
    UUID member =
        families
            .add(
                access.open(user(SENCO), child.id()),
                new FamilyMemberDetails(
                    name,
                    email,
                    null,
                    parentalResponsibility
                        ? FamilyRelationship.FATHER
                        : FamilyRelationship.GRANDPARENT,
                    parentalResponsibility,
                    null,
                    null,
                    null,
                    null,
                    limited,
                    limited ? "Court order of 3 March: no information." : null))
            .id();
    return new Person(null, email, name, member);
  }

  /** The child as the SENCO sees it, through the door. */
  AccessibleChild door(Fresh child) {
    return access.open(user(SENCO), child.id());
  }

  /** Riverside Academy, where the fresh children are. */
  UUID riverside() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900001"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  CurrentUser user(String email) {
    return accounts.findByEmail(email).orElseThrow();
  }

  /** A fresh child, its parent's email and id, and the ids of the team's teacher and the SENCO. */
  record Fresh(UUID id, String parentEmail, UUID parentId, UUID teacherId, UUID sencoId) {}

  /**
   * Someone around a child: their account, address and name, and their entry on the child's team (a
   * professional) or family record (a parent).
   */
  record Person(UUID id, String email, String name, UUID memberId) {}
}

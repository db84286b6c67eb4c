package org.goldenthread.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildDetails;
import org.goldenthread.child.Children;
import org.goldenthread.child.NeedCode;
import org.goldenthread.child.SenStatus;
import org.goldenthread.child.TeamMemberDetails;
import org.goldenthread.child.TeamRole;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberDetails;
import org.goldenthread.family.FamilyRelationship;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh pupils for integration tests of any module, added through the services by the demo SENCO of
 * Riverside Academy, so that a test that changes a child stays independent of the others and of the
 * demo children. By default a pupil is in Year 7 on SEN support for speech, language and
 * communication; a parent (a new account with the demo password, on the family record with parental
 * responsibility) and the demo class teacher on the team are added on request:
 *
 * <pre>{@code
 * Pupils.Pupil maya = new Pupils(context).pupil("Maya", "Meet" + n)
 *     .withParent("meeting.parent." + n + "@example.org", "Sam Meet" + n)
 *     .withTeacher()
 *     .add();
 * }</pre>
 */
public final class Pupils {

  public static final String SENCO = "senco@riverside.example";
  public static final String TEACHER = "teacher@riverside.example";
  public static final String RIVERSIDE_URN = "900001";

  private final Accounts accounts;
  private final Organisations organisations;
  private final Children children;
  private final ChildAccess access;
  private final Families families;
  private final org.goldenthread.child.Teams teams;
  private final JdbcTemplate jdbc;
  private final FreshSchool school;

  public Pupils(ApplicationContext context) {
    this(context, null);
  }

  /**
   * Pupils of this school, added by its SENCO, for tests that must not rely on the demo data; null:
   * Riverside Academy and its demo SENCO.
   */
  public Pupils(ApplicationContext context, FreshSchool school) {
    this.school = school;
    this.accounts = context.getBean(Accounts.class);
    this.organisations = context.getBean(Organisations.class);
    this.children = context.getBean(Children.class);
    this.access = context.getBean(ChildAccess.class);
    this.families = context.getBean(Families.class);
    this.teams = context.getBean(org.goldenthread.child.Teams.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** A pupil to add, with these names. */
  public Builder pupil(String givenName, String familyName) {
    return new Builder(givenName, familyName);
  }

  /** Riverside Academy, the demo SENCO's school. */
  public UUID riverside() {
    return organisations.schools().stream()
        .filter(school -> school.urn().equals(RIVERSIDE_URN))
        .findFirst()
        .orElseThrow()
        .id();
  }

  public CurrentUser user(String email) {
    return accounts.findByEmail(email).orElseThrow();
  }

  /** A pupil as added: the child's id, the parent's email, name and account, and the SENCO. */
  public record Pupil(
      UUID id,
      String parentEmail,
      String parentName,
      UUID parentId,
      UUID teacherId,
      UUID sencoId) {}

  /** What the pupil is to be. */
  public final class Builder {

    private final String givenName;
    private final String familyName;
    private String preferredName;
    private LocalDate dateOfBirth = LocalDate.of(2014, 4, 2);
    private String upn;
    private String yearGroup = "7";
    private SenStatus status = SenStatus.K;
    private NeedCode need = NeedCode.SLCN;
    private String parentEmail;
    private String parentName;
    private boolean teacher;

    private Builder(String givenName, String familyName) {
      this.givenName = givenName;
      this.familyName = familyName;
    }

    public Builder preferredName(String name) {
      this.preferredName = name;
      return this;
    }

    public Builder bornOn(LocalDate day) {
      this.dateOfBirth = day;
      return this;
    }

    public Builder upn(String value) {
      this.upn = value;
      return this;
    }

    public Builder inYear(String year) {
      this.yearGroup = year;
      return this;
    }

    /** SEN status, and the primary need (none for a child not on the register). */
    public Builder status(SenStatus senStatus, NeedCode primaryNeed) {
      this.status = senStatus;
      this.need = senStatus == SenStatus.N ? null : primaryNeed;
      return this;
    }

    /** A mother with parental responsibility, whose new account is linked to the record. */
    public Builder withParent(String email, String name) {
      this.parentEmail = email;
      this.parentName = name;
      return this;
    }

    /**
     * The demo class teacher of Riverside on the team, from the start of the school year (demo
     * data: not for pupils of a {@link FreshSchool}).
     */
    public Builder withTeacher() {
      this.teacher = true;
      return this;
    }

    /** Adds the pupil, as the SENCO. */
    public Pupil add() {
      CurrentUser senco = school == null ? user(SENCO) : school.senco();
      UUID childId =
          children
              .create(
                  senco,
                  new ChildDetails(
                      givenName,
                      familyName,
                      preferredName,
                      dateOfBirth,
                      upn,
                      school == null ? riverside() : school.id(),
                      yearGroup,
                      status,
                      need,
                      null,
                      List.of("ENG"),
                      false))
              .id();
      AccessibleChild record = access.open(senco, childId);
      UUID parentId = parentEmail == null ? null : addParent(record);
      UUID teacherId = teacher ? addTeacher(record) : null;
      return new Pupil(childId, parentEmail, parentName, parentId, teacherId, senco.id());
    }

    private UUID addParent(AccessibleChild record) {
      CurrentUser parent =
          accounts.createOrGrant(
              parentEmail, parentName, ApiClient.DEMO_PASSWORD, Role.PARENT, null);
      UUID member =
          families
              .add(
                  record,
                  new FamilyMemberDetails(
                      parentName,
                      parentEmail,
                      null,
                      FamilyRelationship.MOTHER,
                      true,
                      null,
                      null,
                      null,
                      null,
                      false,
                      null))
              .id();
      jdbc.update("update family_member set user_id = ? where id = ?", parent.id(), member);
      return parent.id();
    }

    private UUID addTeacher(AccessibleChild record) {
      CurrentUser teacher = user(TEACHER);
      teams.add(
          record,
          new TeamMemberDetails(
              teacher.id(),
              teacher.displayName(),
              TeamRole.CLASS_TEACHER,
              "Riverside Academy",
              LocalDate.of(2026, 9, 1),
              null,
              null));
      return teacher.id();
    }
  }
}

package org.goldenthread.disagreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.TeamMemberDetails;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.springframework.context.ApplicationContext;

/**
 * A pupil of a school of her own (so that nothing here shows on the demo's homes) with everyone a
 * disagreement's audience is about: her mother, the school's SENCO, a teacher, a second teacher who
 * is her lead professional, an officer of the school's authority, and a parent of someone else.
 */
final class DisagreementPeople {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  final FreshSchool school;
  final Pupils.Pupil pupil;
  final String tag;
  final String mother;
  final String senco;
  final String teacher;
  final String lead;
  final String officer;
  final String stranger;
  final UUID sencoId;
  final UUID teacherId;

  DisagreementPeople(ApplicationContext context) {
    school = FreshSchool.open(context);
    tag = UUID.randomUUID().toString().substring(0, 8);
    mother = "mother+" + tag + "@disagrees.example";
    pupil =
        new Pupils(context, school)
            .pupil("Maya", "Ortiz" + tag)
            .withParent(mother, "Rosa Ortiz")
            .add();
    Accounts accounts = context.getBean(Accounts.class);
    senco = school.senco().email();
    sencoId = school.senco().id();
    teacher = "teacher+" + tag + "@fresh.example";
    CurrentUser teacherUser =
        accounts.createOrGrant(
            teacher, "Tina Teach " + tag, ApiClient.DEMO_PASSWORD, Role.TEACHER, school.id());
    teacherId = teacherUser.id();
    lead = "lead+" + tag + "@fresh.example";
    CurrentUser leadUser =
        accounts.createOrGrant(
            lead, "Lee Lead " + tag, ApiClient.DEMO_PASSWORD, Role.TEACHER, school.id());
    UUID authority =
        context.getBean(Organisations.class).school(school.id()).orElseThrow().authorityId();
    officer = "officer+" + tag + "@fresh.example";
    accounts.createOrGrant(
        officer, "Olu Officer " + tag, ApiClient.DEMO_PASSWORD, Role.AUTHORITY_OFFICER, authority);
    stranger = "stranger+" + tag + "@fresh.example";
    accounts.createOrGrant(stranger, "Sam Stranger", ApiClient.DEMO_PASSWORD, Role.PARENT, null);
    Teams teams = context.getBean(Teams.class);
    AccessibleChild record = context.getBean(ChildAccess.class).open(school.senco(), pupil.id());
    teams.add(
        record,
        new TeamMemberDetails(
            leadUser.id(),
            leadUser.displayName(),
            TeamRole.CLASS_TEACHER,
            school.name(),
            TODAY.minusMonths(1),
            null,
            null),
        true);
    teams.add(
        record,
        new TeamMemberDetails(
            teacherUser.id(),
            teacherUser.displayName(),
            TeamRole.TEACHING_ASSISTANT,
            school.name(),
            TODAY.minusMonths(1),
            null,
            null));
  }

  String disagreements() {
    return "/api/v1/children/" + pupil.id() + "/disagreements";
  }
}

package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.InvitationAccepted;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Role;
import org.goldenthread.support.ApiClient;
import org.goldenthread.support.FreshSchool;
import org.goldenthread.support.Pupils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The child's record with only what it depends on (identity, organisation, web), at a school of its
 * own: a change to the record is announced for the child's audit trail, and a parent who accepts
 * the family invitation is linked to the child at once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class ChildModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Children children;
  @Autowired ChildAccess access;
  @Autowired Families families;
  @Autowired Accounts accounts;
  @Autowired JdbcClient sql;

  @Test
  void addingAChildToTheRollPublishesChildRecordChangedWithTheSenco(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    String family = "Roll" + tag();
    ChildDetails details =
        new ChildDetails(
            "Ada",
            family,
            null,
            LocalDate.of(2016, 3, 1),
            null,
            school.id(),
            "4",
            SenStatus.K,
            NeedCode.SLCN,
            null,
            List.of("ENG"),
            false);

    scenario
        .stimulate(() -> children.create(school.senco(), details))
        .andWaitForEventOfType(ChildRecordChanged.class)
        .matching(changed -> changed.what().contains(family))
        .toArriveAndVerify(
            (changed, child) -> {
              assertThat(changed.childId()).isEqualTo(child.id());
              assertThat(changed.action()).isEqualTo(ChildRecordChanged.Action.CREATE);
              assertThat(changed.actorId()).isEqualTo(school.senco().id());
              assertThat(changed.actorName()).isEqualTo(school.senco().displayName());
              assertThat(changed.role()).isEqualTo(Relationship.SENCO);
              assertThat(changed.what()).isEqualTo("Added Ada " + family + " to the school roll");
            });
  }

  @Test
  void aParentWhoAcceptsTheFamilyInvitationIsLinkedToTheChildAtOnce(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = new Pupils(context, school).pupil("Ada", "Invite" + tag()).add();
    AccessibleChild record = access.open(school.senco(), pupil.id());
    String email = "mother." + tag() + "@fresh.example";
    UUID member =
        families
            .add(
                record,
                new FamilyMemberDetails(
                    "Mo Invite",
                    email,
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
    InvitationSummary invitation = families.invite(record, member);
    CurrentUser mother =
        accounts.createOrGrant(email, "Mo Invite", ApiClient.DEMO_PASSWORD, Role.PARENT, null);

    scenario
        .publish(
            new InvitationAccepted(
                invitation.id(), mother.id(), "Mo Invite", email, Role.PARENT, null))
        .andWaitForStateChange(
            () ->
                sql.sql("select user_id from family_member where id = ? and user_id is not null")
                    .param(member)
                    .query(UUID.class)
                    .optional())
        .andVerify(
            linked -> {
              assertThat(linked).contains(mother.id());
              assertThat(access.open(mother, pupil.id()).grant().relationships())
                  .contains(Relationship.PARENT);
            });
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

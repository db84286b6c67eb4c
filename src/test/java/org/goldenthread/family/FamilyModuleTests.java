package org.goldenthread.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.child.Relationship;
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
 * The family with only what it depends on (child, identity, organisation, web), at a school of its
 * own: inviting a parent publishes the letter with its link, a parent who accepts the invitation is
 * linked to the child at once, and a limit recorded on a parent shuts the child's door on them and
 * is published.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class FamilyModuleTests {

  @Autowired ApplicationContext context;
  @Autowired ChildAccess access;
  @Autowired Families families;
  @Autowired Accounts accounts;
  @Autowired JdbcClient sql;

  @Test
  void invitingAParentPublishesTheLetterWithItsLink(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = new Pupils(context, school).pupil("Ada", "Letter" + tag()).add();
    AccessibleChild record = access.open(school.senco(), pupil.id());
    UUID member = families.add(record, mother("mother." + tag() + "@fresh.example")).id();

    scenario
        .stimulate(() -> families.invite(record, member))
        .andWaitForEventOfType(FamilyMemberInvited.class)
        .matching(invited -> invited.memberId().equals(member))
        .toArriveAndVerify(
            invited -> {
              assertThat(invited.childId()).isEqualTo(pupil.id());
              assertThat(invited.invitedBy()).isEqualTo(school.senco().id());
              assertThat(invited.link().url()).isNotBlank();
              assertThat(invited.toString()).doesNotContain(invited.link().url());
            });
  }

  @Test
  void aParentWhoAcceptsTheFamilyInvitationIsLinkedToTheChildAtOnce(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    Pupils.Pupil pupil = new Pupils(context, school).pupil("Ada", "Invite" + tag()).add();
    AccessibleChild record = access.open(school.senco(), pupil.id());
    String email = "mother." + tag() + "@fresh.example";
    UUID member = families.add(record, mother(email)).id();
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

  @Test
  void aLimitRecordedOnAParentShutsTheDoorOnThemAndIsPublished(Scenario scenario) {
    FreshSchool school = FreshSchool.open(context);
    String email = "father." + tag() + "@fresh.example";
    Pupils.Pupil pupil =
        new Pupils(context, school)
            .pupil("Ada", "Limit" + tag())
            .withParent(email, "Jo Limit")
            .add();
    AccessibleChild record = access.open(school.senco(), pupil.id());
    CurrentUser parent = accounts.findByEmail(email).orElseThrow();
    FamilyMemberView entry =
        families.members(record).stream()
            .filter(m -> parent.id().equals(m.userId()))
            .findFirst()
            .orElseThrow();
    assertThat(access.grant(parent, pupil.id())).isPresent();

    scenario
        .stimulate(
            () -> families.limit(record, entry.id(), entry.version(), true, "Court order 12/2026"))
        .andWaitForEventOfType(ChildAccessEnded.class)
        .matching(ended -> ended.userId().equals(parent.id()))
        .toArriveAndVerify(
            ended -> {
              assertThat(ended.childId()).isEqualTo(pupil.id());
              assertThat(ended.reason()).isEqualTo(ChildAccessEnded.Reason.INFORMATION_LIMITED);
              assertThat(access.grant(parent, pupil.id())).isEmpty();
              assertThat(access.visibleAmong(parent, java.util.List.of(pupil.id()))).isEmpty();
            });
  }

  private static FamilyMemberDetails mother(String email) {
    return new FamilyMemberDetails(
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
        null);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

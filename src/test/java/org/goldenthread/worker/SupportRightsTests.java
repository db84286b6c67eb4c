package org.goldenthread.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.child.AccessGrant;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * Who reads, asks, answers and resolves a case's requests for support: the professional team only,
 * never the family, even on the team; only the lead asks; the lead or the SENCO resolves.
 */
class SupportRightsTests {

  private static AccessGrant grant(Relationship... held) {
    return TestDoor.child(TestDoor.person("Someone", Role.SENCO), "Sarah Bennett", held).grant();
  }

  @Test
  void theLeadAsksAndResolves() {
    AccessGrant lead = grant(Relationship.LEAD_PROFESSIONAL);
    assertThat(SupportRights.sees(lead)).isTrue();
    assertThat(SupportRights.mayAsk(lead)).isTrue();
    assertThat(SupportRights.mayResolve(lead)).isTrue();
  }

  @Test
  void theSencoAnswersAndResolvesButAsksOnlyAsTheLead() {
    AccessGrant senco = grant(Relationship.SENCO);
    assertThat(SupportRights.sees(senco)).isTrue();
    assertThat(SupportRights.mayAsk(senco)).isFalse();
    assertThat(SupportRights.mayResolve(senco)).isTrue();
    assertThat(SupportRights.mayAsk(grant(Relationship.SENCO, Relationship.LEAD_PROFESSIONAL)))
        .isTrue();
  }

  @Test
  void aTeamMemberAnswersOnly() {
    AccessGrant member = grant(Relationship.TEAM_MEMBER, Relationship.TEACHER);
    assertThat(SupportRights.sees(member)).isTrue();
    assertThat(SupportRights.mayAsk(member)).isFalse();
    assertThat(SupportRights.mayResolve(member)).isFalse();
  }

  @Test
  void theFamilyTheHeadOtherStaffAndOfficersOffTheTeamSeeNothing() {
    assertThat(SupportRights.sees(grant(Relationship.PARENT))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.PARENT, Relationship.TEAM_MEMBER))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.CHILD))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.HEAD))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.TEACHER))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.SCHOOL_ADMIN))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.AUTHORITY_OFFICER))).isFalse();
    assertThat(SupportRights.sees(grant(Relationship.AUTHORITY_OFFICER, Relationship.TEAM_MEMBER)))
        .isTrue();
  }
}

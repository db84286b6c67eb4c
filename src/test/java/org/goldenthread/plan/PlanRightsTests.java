package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.Relationship;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class PlanRightsTests {

  static final Set<PlanItemKind> STAFF_ONLY =
      EnumSet.of(PlanItemKind.NEEDS, PlanItemKind.OUTCOMES, PlanItemKind.PROVISIONS);
  static final Set<PlanItemKind> SHARED =
      EnumSet.of(PlanItemKind.ASPIRATIONS, PlanItemKind.STRATEGIES);

  @Test
  void staffOnTheTeamEditEveryKindAndComment() {
    for (Relationship staff :
        EnumSet.of(
            Relationship.SENCO,
            Relationship.HEAD,
            Relationship.LEAD_PROFESSIONAL,
            Relationship.TEAM_MEMBER)) {
      PlanRights rights = rights(staff);
      assertThat(EnumSet.allOf(PlanItemKind.class)).allMatch(rights::canEdit);
      assertThat(rights.canComment()).as(staff.name()).isTrue();
      assertThat(rights.canAgree()).as(staff.name()).isFalse();
      assertThat(rights.isFamily()).isFalse();
    }
    assertThat(rights(Relationship.TEAM_MEMBER, Relationship.TEACHER).isStaff()).isTrue();
  }

  @Test
  void theFamilyEditAspirationsAndStrategiesAndCommentButNotNeedsOutcomesOrProvision() {
    for (Relationship family :
        EnumSet.of(Relationship.PARENT, Relationship.FAMILY, Relationship.CHILD)) {
      PlanRights rights = rights(family);
      assertThat(SHARED).as(family.name()).allMatch(rights::canEdit);
      assertThat(STAFF_ONLY).as(family.name()).noneMatch(rights::canEdit);
      assertThat(rights.canComment()).isTrue();
      assertThat(rights.isFamily()).isTrue();
    }
  }

  @Test
  void staffOnTheTeamChangeOutcomesAndSoRecordReviewsAndTheFamilyAndReadersOffTheTeamDoNot() {
    for (Relationship staff :
        EnumSet.of(
            Relationship.SENCO,
            Relationship.HEAD,
            Relationship.LEAD_PROFESSIONAL,
            Relationship.TEAM_MEMBER)) {
      assertThat(rights(staff).canEdit(PlanItemKind.OUTCOMES)).as(staff.name()).isTrue();
    }
    for (Relationship other :
        EnumSet.of(
            Relationship.PARENT,
            Relationship.FAMILY,
            Relationship.CHILD,
            Relationship.TEACHER,
            Relationship.SCHOOL_ADMIN,
            Relationship.AUTHORITY_OFFICER)) {
      assertThat(rights(other).canEdit(PlanItemKind.OUTCOMES)).as(other.name()).isFalse();
    }
    assertThat(rights(Relationship.PARENT, Relationship.TEAM_MEMBER).canEdit(PlanItemKind.OUTCOMES))
        .as("a parent on the team as parent carer")
        .isFalse();
  }

  @Test
  void aParentAddingProvisionIsRefusedWith403() {
    assertThatThrownBy(() -> rights(Relationship.PARENT).requireEdit(PlanItemKind.PROVISIONS))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
  }

  @Test
  void aParentOnTheTeamAsParentCarerIsStillFamily() {
    PlanRights rights = rights(Relationship.PARENT, Relationship.TEAM_MEMBER);
    assertThat(rights.isStaff()).isFalse();
    assertThat(rights.canEdit(PlanItemKind.PROVISIONS)).isFalse();
    assertThat(rights.canAgree()).isTrue();
  }

  @Test
  void readersOffTheTeamOnlyRead() {
    for (Relationship reader :
        EnumSet.of(
            Relationship.TEACHER, Relationship.SCHOOL_ADMIN, Relationship.AUTHORITY_OFFICER)) {
      PlanRights rights = rights(reader);
      assertThat(EnumSet.allOf(PlanItemKind.class)).as(reader.name()).noneMatch(rights::canEdit);
      assertThat(rights.canComment()).as(reader.name()).isFalse();
      assertThat(rights.canAgree()).as(reader.name()).isFalse();
    }
  }

  @Test
  void aParentAndTheChildOrYoungPersonAgreeButACarerWithoutParentalResponsibilityDoesNot() {
    assertThat(rights(Relationship.PARENT).agreementRole())
        .isEqualTo(PlanRights.AgreementRole.PARENT);
    assertThat(rights(Relationship.CHILD).agreementRole())
        .isEqualTo(PlanRights.AgreementRole.CHILD);
    assertThat(PlanRights.of(EnumSet.of(Relationship.CHILD), true).agreementRole())
        .isEqualTo(PlanRights.AgreementRole.YOUNG_PERSON);
    assertThat(rights(Relationship.FAMILY).canAgree()).isFalse();
  }

  private static PlanRights rights(Relationship first, Relationship... more) {
    return PlanRights.of(EnumSet.of(first, more), false);
  }
}

package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.Role;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The plan with only what it depends on: adding an item and commenting on one are announced with
 * the child, the person and how they stand to the child, for the child's audit trail.
 *
 * <p>The family is started too, though this module does not use it: the child's door learns whose
 * family a person is on through {@code child.FamilyTies}, which the family implements.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"database", "family"})
@ActiveProfiles("test")
class PlanModuleTests {

  @Autowired Plans plans;
  @Autowired JdbcClient sql;

  @Test
  void addingAnItemPublishesPlanItemAddedWithTheChildAndTheAuthor(Scenario scenario) {
    AccessibleChild child = aChildOnTheRoll(TestDoor.person("Sam Patel", Role.SENCO));
    ItemInput need =
        new ItemInput.Need(
            "Needs time and pictures to find her words",
            AreaOfNeed.COMMUNICATION_AND_INTERACTION,
            null,
            null);

    scenario
        .stimulate(() -> plans.add(child, need))
        .andWaitForEventOfType(PlanItemAdded.class)
        .matching(added -> added.childId().equals(child.id()))
        .toArriveAndVerify(
            (added, item) -> {
              assertThat(added.kind()).isEqualTo(PlanItemKind.NEEDS);
              assertThat(added.itemId()).isEqualTo(item.id());
              assertThat(added.actorId()).isEqualTo(child.user().id());
              assertThat(added.actorName()).isEqualTo("Sam Patel");
              assertThat(added.role()).isEqualTo(Relationship.SENCO);
              assertThat(added.words()).isEqualTo("Needs time and pictures to find her words");
              assertThat(added.planVersion()).isEqualTo(1);
            });
    assertThat(plans.plan(child).needs())
        .extracting(NeedView::text)
        .containsExactly("Needs time and pictures to find her words");
  }

  @Test
  void aParentsCommentIsPublishedAsTheParents(Scenario scenario) {
    AccessibleChild asSenco = aChildOnTheRoll(TestDoor.person("Sam Patel", Role.SENCO));
    PlanItem hope = plans.add(asSenco, new ItemInput.Aspiration("To be a vet", Voice.CHILD, null));
    AccessibleChild asParent =
        TestDoor.sameChild(
            asSenco, TestDoor.person("Priya Shah", Role.PARENT), Relationship.PARENT);

    scenario
        .stimulate(
            () ->
                plans.comment(
                    asParent, PlanItemKind.ASPIRATIONS, hope.id(), "She talks about it every day"))
        .andWaitForEventOfType(PlanCommentAdded.class)
        .matching(comment -> comment.childId().equals(asSenco.id()))
        .toArriveAndVerify(
            comment -> {
              assertThat(comment.itemId()).isEqualTo(hope.id());
              assertThat(comment.actorName()).isEqualTo("Priya Shah");
              assertThat(comment.role()).isEqualTo(Relationship.PARENT);
              assertThat(comment.words()).isEqualTo("She talks about it every day");
            });
  }

  /** A child of a fresh school, written to the database, opened to this member of staff. */
  private AccessibleChild aChildOnTheRoll(org.goldenthread.identity.CurrentUser staff) {
    AccessibleChild child = TestDoor.child(staff, "Ada Fresh", Relationship.SENCO);
    FreshSchool.child(
        sql, child.id(), FreshSchool.school(sql, child.id().toString().substring(0, 8)));
    return child;
  }
}

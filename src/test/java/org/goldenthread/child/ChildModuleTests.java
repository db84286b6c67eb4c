package org.goldenthread.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.support.FreshSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The child's record with only what it depends on (identity, organisation, web), at a school of its
 * own: a change to the record is announced for the child's audit trail. The family, above the
 * child, is not started: its port into the door ({@link FamilyTies}) is a mock that knows of no
 * family entries.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class ChildModuleTests {

  @Autowired ApplicationContext context;
  @Autowired Children children;
  @MockitoBean FamilyTies familyTies;

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
        .matching(changed -> changed.what().arguments().toString().contains(family))
        .toArriveAndVerify(
            (changed, child) -> {
              assertThat(changed.childId()).isEqualTo(child.id());
              assertThat(changed.action()).isEqualTo(ChildRecordChanged.Action.CREATE);
              assertThat(changed.actorId()).isEqualTo(school.senco().id());
              assertThat(changed.actorName()).isEqualTo(school.senco().displayName());
              assertThat(changed.role()).isEqualTo(Relationship.SENCO);
              assertThat(changed.what())
                  .isEqualTo(
                      Happened.of("audit.what.child.added", Happened.written("Ada " + family)));
            });
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

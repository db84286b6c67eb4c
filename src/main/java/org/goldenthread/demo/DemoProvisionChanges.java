package org.goldenthread.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.Plans;
import org.goldenthread.plan.ProvisionStatus;
import org.goldenthread.plan.ProvisionStatusChange;
import org.goldenthread.plan.ProvisionView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sarah's social skills group is paused for two weeks while the teaching assistant who runs it is
 * on a course; her mother was told at once (the letter is in the outbox). Loaded once: nothing
 * changes when any of her support is already paused or stopped.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("goldenthread.demo-data")
class DemoProvisionChanges implements DemoStep {

  private final DemoPeople people;
  private final ChildAccess access;
  private final Plans plans;
  private final Clock clock;

  DemoProvisionChanges(DemoPeople people, ChildAccess access, Plans plans, Clock clock) {
    this.people = people;
    this.access = access;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void load() {
    CurrentUser senco = people.user("senco@riverside.example");
    var sarah = people.pupil(senco, DemoChildren.SARAH_UPN);
    if (sarah.isEmpty()) {
      return;
    }
    AccessibleChild record = access.open(senco, sarah.get().id());
    var provisions = plans.plan(record).provisions();
    if (provisions.stream().anyMatch(ProvisionView::notGiven)) {
      return;
    }
    provisions.stream()
        .filter(p -> p.description().startsWith("Social skills group"))
        .findFirst()
        .ifPresent(
            group -> {
              LocalDate today = LocalDate.now(clock);
              plans.setProvisionStatus(
                  record,
                  group.id(),
                  group.version(),
                  new ProvisionStatusChange(
                      ProvisionStatus.PAUSED,
                      "Mrs Khan, who runs the group, is on a two-week course. The group starts"
                          + " again when she is back.",
                      today,
                      today.plusWeeks(2)));
            });
  }
}

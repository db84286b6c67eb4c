package org.goldenthread.plan;

import java.util.function.Supplier;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.plan.ProvisionCosting.ProvisionCost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** The costing of a child's plan, at the child's school, from whichever capability provides it. */
@Component
class PlanCosts {

  private final Supplier<ProvisionCosting> costing;

  PlanCosts(ObjectProvider<ProvisionCosting> costing) {
    this.costing = SingletonSupplier.of(costing::getIfAvailable);
  }

  /** How the child's provision is costed; without a costing, not at all. */
  ProvisionCost forChild(AccessibleChild child) {
    ProvisionCosting found = costing.get();
    return found == null ? ProvisionCost.NONE : found.at(child.schoolId());
  }

  /** The school weeks a yearly cost counts; 0 without a costing. */
  int schoolWeeks() {
    ProvisionCosting found = costing.get();
    return found == null ? 0 : found.schoolWeeks();
  }
}

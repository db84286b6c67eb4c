package org.goldenthread.provision;

import java.util.UUID;
import org.goldenthread.plan.ProvisionCosting;
import org.springframework.stereotype.Component;

/** The plan's provision costed at each school's own cost of an hour ({@link CostRates}). */
@Component
class SchoolRatesCosting implements ProvisionCosting {

  private final CostRates rates;

  SchoolRatesCosting(CostRates rates) {
    this.rates = rates;
  }

  @Override
  public ProvisionCost at(UUID schoolId) {
    return rates.rates(schoolId).cost();
  }

  @Override
  public int schoolWeeks() {
    return YearlyCost.SCHOOL_WEEKS;
  }
}

package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.goldenthread.provision.CostRateTable;
import org.junit.jupiter.api.Test;

/** The figures the plan derives from provision, costed as the provision costs cost it. */
class ProvisionFiguresTests {

  @Test
  void twoSessionsOfThirtyMinutesAreSixtyMinutesAWeek() {
    assertThat(ProvisionFigures.weeklyMinutes(2, 30)).isEqualTo(60);
  }

  @Test
  void provisionIsCostedAtTheSchoolsOwnRate() {
    ProvisionView mentor =
        Views.provision("Mentor", DelivererRole.OTHER, 1, 180, 1)
            .costedAt(new CostRateTable(Map.of(DelivererRole.OTHER, 3000)).cost());
    assertThat(mentor.weeklyMinutes()).isEqualTo(180);
    assertThat(mentor.annualCost()).isEqualTo(new BigDecimal("3510.00"));
  }

  @Test
  void totalsAddEveryWeeklyMinuteAndTheCostsThatAreKnown() {
    ProvisionFigures.Totals totals =
        ProvisionFigures.totals(
            List.of(
                Views.provision("Group", DelivererRole.TEACHING_ASSISTANT, 2, 30, 1),
                Views.provision("Pre-teaching", DelivererRole.TEACHER, 1, 45, 3),
                Views.provision("Travel buddy", DelivererRole.OTHER, 1, 90, 1)));
    assertThat(totals.weeklyMinutes()).isEqualTo(195);
    assertThat(totals.annualCost()).isEqualTo(new BigDecimal("1218.75"));
    assertThat(ProvisionFigures.totals(List.of()).annualCost()).isEqualTo(new BigDecimal("0.00"));
  }
}

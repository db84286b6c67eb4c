package org.goldenthread.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisionFiguresTests {

  @Test
  void twoSessionsOfThirtyMinutesAreSixtyMinutesAWeek() {
    assertThat(ProvisionFigures.weeklyMinutes(2, 30)).isEqualTo(60);
  }

  @Test
  void aYearIsTheHourlyRateTimesWeeklyHoursTimesThirtyNineWeeksSharedByTheGroup() {
    // £20 x 1 hour x 39 weeks
    assertThat(ProvisionFigures.annualCost(2000, 60, 1)).isEqualTo(new BigDecimal("780.00"));
    // £45 x 0.75 hours x 39 / 3
    assertThat(ProvisionFigures.annualCost(4500, 45, 3)).isEqualTo(new BigDecimal("438.75"));
    // £60 x 3 hours x 39
    assertThat(ProvisionFigures.annualCost(6000, 180, 1)).isEqualTo(new BigDecimal("7020.00"));
  }

  @Test
  void costsAreRoundedToThePennyHalfUp() {
    // £20 x 25/60 hours x 39 / 3 = £108.333…
    assertThat(ProvisionFigures.annualCost(2000, 25, 3)).isEqualTo(new BigDecimal("108.33"));
    // 1p x 10/60 hours x 39 = 6.5p: half a penny goes up
    assertThat(ProvisionFigures.annualCost(1, 10, 1)).isEqualTo(new BigDecimal("0.07"));
    // £20 x 20/60 hours x 39 / 6 = £43.333…
    assertThat(ProvisionFigures.annualCost(2000, 20, 6)).isEqualTo(new BigDecimal("43.33"));
  }

  @Test
  void withoutARateTheCostIsUnknown() {
    assertThat(ProvisionFigures.annualCost(null, 60, 1)).isNull();
    assertThat(CostRateTable.defaults().pencePerHour(DelivererRole.OTHER)).isNull();
  }

  @Test
  void theDefaultsAreTwentyFortyFiveAndSixtyPoundsAnHour() {
    CostRateTable defaults = CostRateTable.defaults();
    assertThat(defaults.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2000);
    assertThat(defaults.pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);
    assertThat(defaults.pencePerHour(DelivererRole.THERAPIST)).isEqualTo(6000);
  }

  @Test
  void provisionIsCostedAtTheSchoolsOwnRate() {
    ProvisionView mentor =
        Views.provision("Mentor", DelivererRole.OTHER, 1, 180, 1)
            .costedAt(new CostRateTable(Map.of(DelivererRole.OTHER, 3000)));
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

package org.goldenthread.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.goldenthread.plan.DelivererRole;
import org.junit.jupiter.api.Test;

/** What a school year of provision costs, at a school's rates or the defaults. */
class YearlyCostTests {

  @Test
  void aYearIsTheHourlyRateTimesWeeklyHoursTimesThirtyNineWeeksSharedByTheGroup() {
    // £20 x 1 hour x 39 weeks
    assertThat(YearlyCost.of(2000, 60, 1)).isEqualTo(new BigDecimal("780.00"));
    // £45 x 0.75 hours x 39 / 3
    assertThat(YearlyCost.of(4500, 45, 3)).isEqualTo(new BigDecimal("438.75"));
    // £60 x 3 hours x 39
    assertThat(YearlyCost.of(6000, 180, 1)).isEqualTo(new BigDecimal("7020.00"));
  }

  @Test
  void costsAreRoundedToThePennyHalfUp() {
    // £20 x 25/60 hours x 39 / 3 = £108.333…
    assertThat(YearlyCost.of(2000, 25, 3)).isEqualTo(new BigDecimal("108.33"));
    // 1p x 10/60 hours x 39 = 6.5p: half a penny goes up
    assertThat(YearlyCost.of(1, 10, 1)).isEqualTo(new BigDecimal("0.07"));
    // £20 x 20/60 hours x 39 / 6 = £43.333…
    assertThat(YearlyCost.of(2000, 20, 6)).isEqualTo(new BigDecimal("43.33"));
  }

  @Test
  void withoutARateTheCostIsUnknown() {
    assertThat(YearlyCost.of(null, 60, 1)).isNull();
    assertThat(CostRateTable.defaults().pencePerHour(DelivererRole.OTHER)).isNull();
  }

  @Test
  void theDefaultsAreTwentyFortyFiveAndSixtyPoundsAnHour() {
    CostRateTable defaults = CostRateTable.defaults();
    assertThat(defaults.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2000);
    assertThat(defaults.pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);
    assertThat(defaults.pencePerHour(DelivererRole.THERAPIST)).isEqualTo(6000);
  }
}

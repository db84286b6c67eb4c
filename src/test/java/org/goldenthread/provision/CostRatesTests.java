package org.goldenthread.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.goldenthread.IntegrationTest;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.web.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

/** A school's own cost per hour replaces the default; only the school's staff set it. */
@IntegrationTest
class CostRatesTests {

  @Autowired CostRates costRates;
  @Autowired Accounts accounts;
  @Autowired Organisations organisations;

  @AfterEach
  void backToTheDefault() {
    costRates.setRate(brookSenco(), brook(), DelivererRole.TEACHING_ASSISTANT, null);
    costRates.setRate(brookSenco(), brook(), DelivererRole.OTHER, null);
  }

  @Test
  void theSchoolsSencoSetsItsRatesAndCanGoBackToTheDefault() {
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHING_ASSISTANT))
        .isEqualTo(2000);
    CostRateTable set =
        costRates.setRate(brookSenco(), brook(), DelivererRole.TEACHING_ASSISTANT, 2350);
    assertThat(set.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2350);
    costRates.setRate(brookSenco(), brook(), DelivererRole.TEACHING_ASSISTANT, 2400);
    costRates.setRate(brookSenco(), brook(), DelivererRole.OTHER, 3000);
    CostRateTable now = costRates.rates(brook());
    assertThat(now.pencePerHour(DelivererRole.TEACHING_ASSISTANT)).isEqualTo(2400);
    assertThat(now.pencePerHour(DelivererRole.OTHER)).isEqualTo(3000);
    assertThat(now.pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);

    costRates.setRate(brookSenco(), brook(), DelivererRole.TEACHING_ASSISTANT, null);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHING_ASSISTANT))
        .isEqualTo(2000);
  }

  @Test
  void anotherSchoolsStaffMayNotAndARateMustBeSensible() {
    CurrentUser riversideSenco = accounts.findByEmail("senco@riverside.example").orElseThrow();
    assertThatThrownBy(
            () -> costRates.setRate(riversideSenco, brook(), DelivererRole.TEACHER, 1000))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    assertThatThrownBy(() -> costRates.setRate(brookSenco(), brook(), DelivererRole.TEACHER, -1))
        .isInstanceOf(ValidationProblem.class);
    assertThat(costRates.rates(brook()).pencePerHour(DelivererRole.TEACHER)).isEqualTo(4500);
  }

  private CurrentUser brookSenco() {
    return accounts.findByEmail("senco@brook.example").orElseThrow();
  }

  private UUID brook() {
    return organisations.schools().stream()
        .filter(s -> s.urn().equals("900002"))
        .findFirst()
        .orElseThrow()
        .id();
  }
}

package org.goldenthread.provision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.web.ValidationProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A school's costs of an hour of provision through the API, read by its staff. */
@RestController
@RequestMapping("/api/v1/schools/{schoolId}/cost-rates")
@Tag(name = "Plan")
class CostRatesApiController {

  private final CostRates costRates;

  CostRatesApiController(CostRates costRates) {
    this.costRates = costRates;
  }

  @GetMapping
  @Operation(
      operationId = "getCostRates",
      summary = "The school's cost of an hour by who delivers provision, in pounds")
  SchoolCosts costs(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID schoolId) {
    return costRates.costs(user, schoolId);
  }

  @PutMapping
  @Operation(
      operationId = "setCostRates",
      summary =
          "Set the school's costs of an hour (its SENCO, head or administrator); a role left out"
              + " stays as it is, a perHour of null goes back to the default; send the version"
              + " read (stale: 409)")
  SchoolCosts set(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID schoolId,
      @RequestBody RatesRequest body) {
    if (body.version() == null) {
      throw ValidationProblem.of("version", "api.error.version");
    }
    Map<DelivererRole, Integer> pence = new EnumMap<>(DelivererRole.class);
    for (RateRequest rate : body.rates() == null ? List.<RateRequest>of() : body.rates()) {
      if (rate.role() == null) {
        throw ValidationProblem.of("rates.role", "plan.error.deliveredByRole");
      }
      pence.put(rate.role(), pence(rate));
    }
    return costRates.setRates(user, schoolId, body.version(), pence);
  }

  private static Integer pence(RateRequest rate) {
    if (rate.perHour() == null) {
      return null;
    }
    // 47.500 is £47.50: only a part of a penny (47.505) is refused, not zeros after the pence.
    if (rate.perHour().stripTrailingZeros().scale() > 2 || rate.perHour().signum() < 0) {
      throw ValidationProblem.of(CostRates.field(rate.role()), "plan.error.rate");
    }
    return rate.perHour().movePointRight(2).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
  }

  /** The rates to set and the version read. */
  record RatesRequest(Long version, List<RateRequest> rates) {}

  /** One role's cost of an hour in pounds; null for the default. */
  record RateRequest(DelivererRole role, BigDecimal perHour) {}
}

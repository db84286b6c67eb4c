package org.goldenthread.provision;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldenthread.plan.DelivererRole;
import org.springframework.validation.BindingResult;

/** A school's costs of an hour as typed, in pounds ("22.50", "£20"); blank is the default. */
record CostRatesForm(
    Long version, String teachingAssistant, String teacher, String therapist, String other) {

  private static final Pattern POUNDS = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");

  static CostRatesForm of(SchoolCosts costs) {
    return new CostRatesForm(
        costs.version(),
        typed(costs, DelivererRole.TEACHING_ASSISTANT),
        typed(costs, DelivererRole.TEACHER),
        typed(costs, DelivererRole.THERAPIST),
        typed(costs, DelivererRole.OTHER));
  }

  /** What was typed for the role. */
  String typed(DelivererRole role) {
    return switch (role) {
      case TEACHING_ASSISTANT -> teachingAssistant;
      case TEACHER -> teacher;
      case THERAPIST -> therapist;
      case OTHER -> other;
    };
  }

  /** Each role's rate in pence (null for blank); what cannot be read as pounds is rejected. */
  Map<DelivererRole, Integer> pence(BindingResult binding) {
    Map<DelivererRole, Integer> pence = new EnumMap<>(DelivererRole.class);
    for (DelivererRole role : DelivererRole.values()) {
      String text =
          typed(role) == null ? "" : typed(role).strip().replace("£", "").replace(",", "");
      if (text.isEmpty()) {
        pence.put(role, null);
      } else if (POUNDS.matcher(text).matches()) {
        pence.put(role, new BigDecimal(text).movePointRight(2).intValueExact());
      } else {
        binding.rejectValue(CostRates.field(role), "plan.costs.error.pounds");
      }
    }
    return pence;
  }

  private static String typed(SchoolCosts costs, DelivererRole role) {
    SchoolCosts.Rate rate = costs.rate(role);
    return rate.schoolSet() ? rate.perHour().toPlainString() : "";
  }
}

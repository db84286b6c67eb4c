package org.goldenthread.provision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.web.NotFound;

/** What the mocked {@link CostRates} of a provision slice answers: Riverside Academy's costs. */
final class SchoolRates {

  static final String SCHOOL = "Riverside Academy";
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser TEACHER = TestDoor.person("Tom Teacher", Role.TEACHER);

  private SchoolRates() {}

  /** Someone working elsewhere, whom the mocked costs refuse this school as the real ones do. */
  static CurrentUser stranger(CostRates costRates, UUID schoolId) {
    CurrentUser stranger = TestDoor.person("Sam Stranger", Role.SENCO);
    given(costRates.costs(stranger, schoolId)).willThrow(NotFound.error());
    given(costRates.setRates(eq(stranger), eq(schoolId), anyLong(), any()))
        .willThrow(NotFound.error());
    return stranger;
  }

  /** The school's costs: the standard ones, with a teaching assistant's hour set to £22.50. */
  static SchoolCosts riverside(UUID schoolId) {
    return withAssistantAt(schoolId, 2250);
  }

  /** The standard costs, with a teaching assistant's hour set to this many pence. */
  static SchoolCosts withAssistantAt(UUID schoolId, int pence) {
    Map<DelivererRole, Integer> rates = new EnumMap<>(CostRates.DEFAULT_PENCE_PER_HOUR);
    rates.put(DelivererRole.TEACHING_ASSISTANT, pence);
    return SchoolCosts.of(schoolId, SCHOOL, new CostRateTable(rates));
  }
}

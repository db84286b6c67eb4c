package org.goldenthread.statutory;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.ProvisionView;

/**
 * Whether a provision of the plan is specific and quantified, as section F of an EHC plan must be:
 * it says who gives it, what it is, how often and for how long. Who: a named person or service, or
 * a role that says on its own who gives it (a teacher, a teaching assistant); "a therapist" or
 * "someone else" with no name does not say which. What: its description. How often: sessions a
 * week. For how long: the minutes each session lasts. What is missing is named part by part.
 */
final class SpecificProvision {

  /** A part a specific, quantified provision says. */
  enum Part {
    WHO,
    WHAT,
    HOW_OFTEN,
    HOW_LONG
  }

  private static final Set<DelivererRole> ROLES_THAT_SAY_WHO =
      EnumSet.of(DelivererRole.TEACHER, DelivererRole.TEACHING_ASSISTANT);

  private SpecificProvision() {}

  /** The parts this provision does not say, in the order above; empty when it is specific. */
  static Set<Part> missing(ProvisionView provision) {
    Set<Part> missing = EnumSet.noneOf(Part.class);
    if (blank(provision.deliveredBy())
        && (provision.deliveredByRole() == null
            || !ROLES_THAT_SAY_WHO.contains(provision.deliveredByRole()))) {
      missing.add(Part.WHO);
    }
    if (blank(provision.description())) {
      missing.add(Part.WHAT);
    }
    if (provision.sessionsPerWeek() < 1) {
      missing.add(Part.HOW_OFTEN);
    }
    if (provision.minutesPerSession() < 1) {
      missing.add(Part.HOW_LONG);
    }
    return missing;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

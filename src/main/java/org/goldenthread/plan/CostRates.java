package org.goldenthread.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Each school's cost of an hour of provision by who delivers it, from which a plan's yearly costs
 * are worked out. A school that has set nothing uses the defaults.
 */
@Service
@Transactional(readOnly = true)
public class CostRates {

  /**
   * The cost of an hour when the school has not set its own, in pence: a teaching assistant £20, a
   * teacher £45, a therapist £60. {@link DelivererRole#OTHER} has no default: such provision is
   * uncosted until the school sets a rate.
   */
  public static final Map<DelivererRole, Integer> DEFAULT_PENCE_PER_HOUR =
      Map.of(
          DelivererRole.TEACHING_ASSISTANT, 2000,
          DelivererRole.TEACHER, 4500,
          DelivererRole.THERAPIST, 6000);

  /** The highest rate accepted, £1,000 an hour, to catch a rate typed in pence twice. */
  static final int MAX_PENCE_PER_HOUR = 100_000;

  private final CostRateRepository rates;
  private final Children children;

  CostRates(CostRateRepository rates, Children children) {
    this.rates = rates;
    this.children = children;
  }

  /** The rates of the child's school. */
  public CostRateTable forChild(UUID childId) {
    return rates(children.find(childId).map(ChildSummary::schoolId).orElse(null));
  }

  /** The school's rates: what it set, else the defaults. */
  public CostRateTable rates(UUID schoolId) {
    Map<DelivererRole, Integer> table = new EnumMap<>(DelivererRole.class);
    table.putAll(DEFAULT_PENCE_PER_HOUR);
    if (schoolId != null) {
      rates.findBySchool(schoolId).forEach(rate -> table.put(rate.role(), rate.pencePerHour()));
    }
    return new CostRateTable(table);
  }

  /**
   * Sets what an hour of the role costs the school; the school's SENCO, head or administrator may.
   * A null rate goes back to the default.
   */
  @Transactional
  public CostRateTable setRate(
      CurrentUser user, UUID schoolId, DelivererRole role, Integer pencePerHour) {
    if (user == null
        || !(user.organisationsWhere(Role.SENCO).contains(schoolId)
            || user.organisationsWhere(Role.HEAD).contains(schoolId)
            || user.organisationsWhere(Role.SCHOOL_ADMIN).contains(schoolId))) {
      throw new ErrorResponseException(
          HttpStatus.FORBIDDEN,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN, "Only the school's own staff set its costs."),
          null);
    }
    if (role == null) {
      throw ValidationProblem.of("role", "plan.error.deliveredByRole");
    }
    CostRate.Key key = new CostRate.Key(schoolId, role);
    if (pencePerHour == null) {
      rates.findById(key).ifPresent(rates::delete);
    } else if (pencePerHour < 0 || pencePerHour > MAX_PENCE_PER_HOUR) {
      throw ValidationProblem.of("pencePerHour", "plan.error.rate");
    } else {
      rates
          .findById(key)
          .ifPresentOrElse(
              rate -> rate.change(pencePerHour),
              () -> rates.save(new CostRate(schoolId, role, pencePerHour)));
    }
    rates.flush();
    return rates(schoolId);
  }
}

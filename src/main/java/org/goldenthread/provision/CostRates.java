package org.goldenthread.provision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
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

  /** Who works at a school and may read its costs. */
  private static final List<Role> SCHOOL_ROLES =
      List.of(Role.SENCO, Role.HEAD, Role.TEACHER, Role.SCHOOL_ADMIN);

  /** Who may set them. */
  private static final List<Role> SETTING_ROLES = List.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN);

  /** The highest rate accepted, £1,000 an hour, to catch a rate typed in pence twice. */
  static final int MAX_PENCE_PER_HOUR = 100_000;

  private final CostRateRepository rates;
  private final Organisations organisations;

  CostRates(CostRateRepository rates, Organisations organisations) {
    this.rates = rates;
    this.organisations = organisations;
  }

  /**
   * The school's rates for one of its staff (anyone working there may read them).
   *
   * @throws ErrorResponseException 404 for anyone else, who may not learn of the school's costs
   */
  public SchoolCosts costs(CurrentUser user, UUID schoolId) {
    requireStaff(user, schoolId);
    String name =
        organisations.school(schoolId).map(SchoolSummary::name).orElseThrow(NotFound::error);
    return SchoolCosts.of(schoolId, name, rates(schoolId));
  }

  /** Whether the person may set the school's rates: its SENCO, head or administrator. */
  public boolean maySet(CurrentUser user, UUID schoolId) {
    return user != null && SETTING_ROLES.stream().anyMatch(role -> worksAt(user, schoolId, role));
  }

  /**
   * Sets the school's rates at once, in pence (a null rate goes back to the default), when they are
   * still as the person read them. Two people setting them at once: the second waits for the first,
   * then finds the rates changed since it read them (409), so neither overwrites the other unseen.
   *
   * @throws EditConflict when the rates changed since {@code version} was read (nothing changes)
   */
  @Transactional
  public SchoolCosts setRates(
      CurrentUser user, UUID schoolId, long version, Map<DelivererRole, Integer> pencePerHour) {
    requireStaff(user, schoolId);
    requireSetter(user, schoolId);
    rates.lockSchool(schoolId);
    SchoolCosts now = costs(user, schoolId);
    EditConflict.check(version, now.version());
    check(pencePerHour)
        .ifPresent(
            problem -> {
              throw problem;
            });
    pencePerHour.forEach((role, pence) -> apply(schoolId, role, pence));
    rates.flush();
    return costs(user, schoolId);
  }

  /** What is wrong with rates in pence, each on its role's field; empty when nothing is. */
  public static Optional<ValidationProblem> check(Map<DelivererRole, Integer> pencePerHour) {
    List<ValidationProblem.FieldMessage> errors = new ArrayList<>();
    pencePerHour.forEach(
        (role, pence) -> {
          if (pence != null && (pence < 0 || pence > MAX_PENCE_PER_HOUR)) {
            errors.add(new ValidationProblem.FieldMessage(field(role), "plan.error.rate"));
          }
        });
    return errors.isEmpty() ? Optional.empty() : Optional.of(new ValidationProblem(errors));
  }

  /**
   * The name of a role's rate in forms and problems: {@code TEACHING_ASSISTANT} → {@code
   * teachingAssistant}.
   */
  public static String field(DelivererRole role) {
    String[] words = role.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
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
    requireSetter(user, schoolId);
    if (role == null) {
      throw ValidationProblem.of("role", "plan.error.deliveredByRole");
    }
    if (pencePerHour != null && (pencePerHour < 0 || pencePerHour > MAX_PENCE_PER_HOUR)) {
      throw ValidationProblem.of("pencePerHour", "plan.error.rate");
    }
    rates.lockSchool(schoolId);
    apply(schoolId, role, pencePerHour);
    rates.flush();
    return rates(schoolId);
  }

  /** Changes one rate; the caller holds the school's lock. */
  private void apply(UUID schoolId, DelivererRole role, Integer pencePerHour) {
    CostRate.Key key = new CostRate.Key(schoolId, role);
    if (pencePerHour == null) {
      rates.findById(key).ifPresent(rates::delete);
    } else {
      rates
          .findById(key)
          .ifPresentOrElse(
              rate -> rate.change(pencePerHour),
              () -> rates.save(new CostRate(schoolId, role, pencePerHour)));
    }
  }

  /** Anyone but the school's own staff may not learn of its costs: 404. */
  private static void requireStaff(CurrentUser user, UUID schoolId) {
    if (user == null || SCHOOL_ROLES.stream().noneMatch(role -> worksAt(user, schoolId, role))) {
      throw NotFound.error();
    }
  }

  /** Of its staff, only the SENCO, head or administrator set the costs: 403 for the others. */
  private void requireSetter(CurrentUser user, UUID schoolId) {
    if (!maySet(user, schoolId)) {
      throw ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.costsForbidden");
    }
  }

  private static boolean worksAt(CurrentUser user, UUID schoolId, Role role) {
    return user.organisationsWhere(role).contains(schoolId);
  }
}

package org.goldenthread.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must use two-factor sign-in: the staff of an organisation that requires it who read the
 * records of many children (a school's SENCOs, head and administrators; an authority's officers),
 * and platform administrators when {@code goldenthread.security.two-factor.administrators} is true
 * (as it is in the {@code prod} profile; locally it is false, so that the demo administrator signs
 * in with the password alone). Everyone else may turn it on for themselves.
 */
@Component
class TwoFactorPolicy {

  /** The roles that an organisation's requirement applies to. */
  static final Set<Role> STAFF_WHO_MUST =
      EnumSet.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN, Role.AUTHORITY_OFFICER);

  private final List<TwoFactorOrganisations> organisations;
  private final boolean administrators;

  TwoFactorPolicy(
      List<TwoFactorOrganisations> organisations,
      @Value("${goldenthread.security.two-factor.administrators:false}") boolean administrators) {
    this.organisations = organisations;
    this.administrators = administrators;
  }

  boolean requiredFor(CurrentUser user) {
    if (administrators && user.has(Role.PLATFORM_ADMIN)) {
      return true;
    }
    Set<UUID> workplaces =
        user.grants().stream()
            .filter(grant -> STAFF_WHO_MUST.contains(grant.role()))
            .map(CurrentUser.RoleGrant::organisationId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return !workplaces.isEmpty()
        && organisations.stream()
            .anyMatch(answer -> !answer.requiringTwoFactor(workplaces).isEmpty());
  }
}

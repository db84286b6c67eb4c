package org.goldenthread.inbox;

import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.springframework.stereotype.Component;

/**
 * Who a notice about a deadline ({@code statutory.DeadlineNoticeDue}) concerns, the one rule for
 * the deadline letters and the inbox: every parent with parental responsibility and no limit on the
 * family record, and the staff who answer for the date (the school's SENCOs for the school's own
 * dates; the authority's SEND officers for the authority's and for the advice and mediation it
 * arranges). A family's own dates (comments on a draft, an appeal) go to the family only.
 */
@Component
public class DeadlineNoticeAudience {

  private final FamilyLetters family;
  private final Accounts accounts;
  private final Organisations organisations;

  DeadlineNoticeAudience(FamilyLetters family, Accounts accounts, Organisations organisations) {
    this.family = family;
    this.accounts = accounts;
    this.organisations = organisations;
  }

  /** The parents on the child's family record told of the child's deadlines. */
  public List<FamilyAddressee> parents(UUID childId) {
    return family.parents(childId);
  }

  /** The accounts of the staff who answer for a deadline owed by {@code owner} at the school. */
  public List<UUID> staffWhoAct(DeadlineOwner owner, UUID schoolId) {
    return switch (owner) {
      case FAMILY -> List.of();
      case SCHOOL -> accounts.holding(Role.SENCO, schoolId);
      case LOCAL_AUTHORITY, TEAM_MEMBER, MEDIATION_ADVISER ->
          organisations
              .school(schoolId)
              .map(school -> accounts.holding(Role.AUTHORITY_OFFICER, school.authorityId()))
              .orElse(List.of());
    };
  }
}

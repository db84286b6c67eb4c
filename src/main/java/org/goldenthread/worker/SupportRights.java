package org.goldenthread.worker;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessGrant;
import org.goldenthread.child.Relationship;

/**
 * Who may do what with the support requests of a child's case:
 *
 * <ul>
 *   <li><b>Read and answer</b>: the child's professional team: the lead professional, the staff and
 *       professionals on the team (while the family's consent stands, as the door decides), and the
 *       school's SENCO. Nobody else: not the family or the child, even when on the team as a parent
 *       or carer, and not the head, other teachers or the authority's officers unless they are on
 *       the team. For anyone else the requests do not exist (404).
 *   <li><b>Ask</b>: the lead professional only (the SENCO asks when she is the lead; otherwise she
 *       supports and, where right, challenges). Others on the team get 403.
 *   <li><b>Resolve and reopen</b>: the lead professional and the SENCO.
 * </ul>
 */
final class SupportRights {

  private static final Set<Relationship> TEAM =
      EnumSet.of(Relationship.LEAD_PROFESSIONAL, Relationship.TEAM_MEMBER, Relationship.SENCO);

  private SupportRights() {}

  static boolean sees(AccessGrant grant) {
    return !grant.isFamily() && grant.relationships().stream().anyMatch(TEAM::contains);
  }

  static boolean mayAsk(AccessGrant grant) {
    return sees(grant) && grant.relationships().contains(Relationship.LEAD_PROFESSIONAL);
  }

  static boolean mayResolve(AccessGrant grant) {
    return sees(grant)
        && (grant.relationships().contains(Relationship.LEAD_PROFESSIONAL)
            || grant.relationships().contains(Relationship.SENCO));
  }
}

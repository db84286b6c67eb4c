package org.goldenthread.plan;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.child.AccessGrant;
import org.goldenthread.child.Permission;
import org.goldenthread.child.Relationship;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Who may do what with a child's plan, decided from their relationships to the child (which the
 * door, {@link org.goldenthread.child.ChildAccess}, grants):
 *
 * <ul>
 *   <li><b>Read</b>: everyone the door lets see the child.
 *   <li><b>Staff on the team</b> (the school's SENCO and head, the lead professional, and team
 *       members who are not family) add, change and remove every kind of item, and comment.
 *   <li><b>The family</b> (a parent, a carer or relative on the record, the child) add, change and
 *       remove aspirations and strategies, and comment on any item. A family member who is also on
 *       the team (as parent carer) is still family: the team's role does not make them staff.
 *   <li><b>Recording a review</b> (graduated approach): staff on the team, as they change outcomes.
 *       The family reads reviews; their views are recorded in them.
 *   <li><b>Agreeing</b> a version of the plan: a parent (with parental responsibility) and the
 *       child or young person.
 *   <li>Everyone else who may see the child (teachers not on the team, school administrators,
 *       authority officers) reads only.
 * </ul>
 *
 * A link belongs to both items it joins, so changing it needs the right to change both kinds: the
 * family cannot link a need to their aspiration; staff can. Removing an item takes its links with
 * it: whoever may remove the item may do that (the history keeps them). The school's SENCO and head
 * are staff even where they are also family.
 */
final class PlanRights {

  private static final Set<Relationship> FAMILY =
      EnumSet.of(Relationship.PARENT, Relationship.FAMILY, Relationship.CHILD);
  private static final Set<Relationship> ALWAYS_STAFF =
      EnumSet.of(Relationship.SENCO, Relationship.HEAD);
  private static final Set<Relationship> TEAM =
      EnumSet.of(Relationship.LEAD_PROFESSIONAL, Relationship.TEAM_MEMBER);
  private static final Set<PlanItemKind> FAMILY_KINDS =
      EnumSet.of(PlanItemKind.ASPIRATIONS, PlanItemKind.STRATEGIES);

  private final boolean staff;
  private final boolean family;
  private final AgreementRole agreementRole;

  private PlanRights(Set<Relationship> relationships, boolean youngPerson) {
    this.family = relationships.stream().anyMatch(FAMILY::contains);
    this.staff =
        relationships.stream().anyMatch(ALWAYS_STAFF::contains)
            || (!family && relationships.stream().anyMatch(TEAM::contains));
    if (relationships.contains(Relationship.PARENT)) {
      agreementRole = AgreementRole.PARENT;
    } else if (relationships.contains(Relationship.CHILD)) {
      agreementRole = youngPerson ? AgreementRole.YOUNG_PERSON : AgreementRole.CHILD;
    } else {
      agreementRole = null;
    }
  }

  /** The rights of the person the grant is for. */
  static PlanRights of(AccessGrant grant) {
    boolean youngPerson =
        grant.relationships().contains(Relationship.CHILD) && grant.can(Permission.RECORD_CONSENT);
    return of(grant.relationships(), youngPerson);
  }

  /** The rights that these relationships give; {@code youngPerson}: the child is 16 or over. */
  static PlanRights of(Set<Relationship> relationships, boolean youngPerson) {
    return new PlanRights(relationships, youngPerson);
  }

  boolean isStaff() {
    return staff;
  }

  boolean isFamily() {
    return family;
  }

  boolean canEdit(PlanItemKind kind) {
    return staff || (family && FAMILY_KINDS.contains(kind));
  }

  boolean canComment() {
    return staff || family;
  }

  boolean canAgree() {
    return agreementRole != null;
  }

  /** As whom this person agrees the plan; null when they may not. */
  AgreementRole agreementRole() {
    return agreementRole;
  }

  void requireEdit(PlanItemKind kind) {
    require(canEdit(kind));
  }

  static void require(boolean allowed) {
    if (!allowed) {
      throw forbidden();
    }
  }

  static ErrorResponseException forbidden() {
    return ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.planForbidden");
  }

  /** Who agreed a version of the plan. */
  enum AgreementRole {
    PARENT,
    CHILD,
    /** The young person from 16, who holds rights of their own. */
    YOUNG_PERSON
  }
}

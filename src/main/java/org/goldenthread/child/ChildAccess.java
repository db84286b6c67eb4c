package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The one door: whether a person may see or change anything about a child is decided here, from
 * their relationships to the child. A child someone may not see does not exist for them (404); one
 * they may see but not change in that way answers 403.
 */
@Service
@Transactional(readOnly = true)
public class ChildAccess {

  /** The school staff who may add children to their school's roll. */
  static final Set<Role> ADDING_ROLES = EnumSet.of(Role.SENCO, Role.HEAD, Role.SCHOOL_ADMIN);

  private final ChildRepository children;
  private final ChildRows rows;
  private final ChildrenWithRecords withRecords;
  private final FamilyTies ties;
  private final TeamMemberRepository team;
  private final ConsentRule consentRule;
  private final Organisations organisations;
  private final Clock clock;

  ChildAccess(
      ChildRepository children,
      ChildRows rows,
      ChildrenWithRecords withRecords,
      FamilyTies ties,
      TeamMemberRepository team,
      ConsentRule consentRule,
      Organisations organisations,
      Clock clock) {
    this.children = children;
    this.rows = rows;
    this.withRecords = withRecords;
    this.ties = ties;
    this.team = team;
    this.consentRule = consentRule;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * What the person may do with the child; empty when the child is not visible to them. Decided
   * once per page view, however many parts of the page ask (a form's post always decides afresh).
   */
  public Optional<AccessGrant> grant(CurrentUser user, UUID childId) {
    if (user == null || childId == null) {
      return Optional.empty();
    }
    return OncePerPageView.get(
        grantKey(user, childId), () -> rows.byId(childId).flatMap(child -> grant(user, child)));
  }

  private static String grantKey(CurrentUser user, UUID childId) {
    return AccessGrant.class.getName() + "." + user.id() + "." + childId;
  }

  /**
   * The grant, when it includes the permission.
   *
   * @throws ErrorResponseException 404 when the child is not visible, 403 when it is but the
   *     permission is missing
   */
  public AccessGrant require(CurrentUser user, UUID childId, Permission permission) {
    AccessGrant grant = grant(user, childId).orElseThrow(NotFound::error);
    if (!grant.can(permission)) {
      throw grant.refusal(permission);
    }
    return grant;
  }

  /**
   * The child, for a person who may see it: what controllers get for a {@code {childId}}, and what
   * other capabilities and jobs ask for before they touch a child. It carries the child's school
   * and name as the door read them, so that a page need not read the child's row again for them.
   *
   * @throws ErrorResponseException 404 when the child is not visible to the person
   */
  public AccessibleChild open(CurrentUser user, UUID childId) {
    if (user == null || childId == null) {
      throw NotFound.error();
    }
    Child child = rows.byId(childId).orElseThrow(NotFound::error);
    Optional<AccessGrant> granted =
        OncePerPageView.get(grantKey(user, childId), () -> grant(user, child));
    AccessGrant grant = granted.orElseThrow(NotFound::error);
    return new AccessibleChild(child.id(), grant, user, child.schoolId(), child.displayName());
  }

  /** Whether the person may add a child to the school's roll. */
  public boolean canCreateAt(CurrentUser user, UUID schoolId) {
    if (user == null || schoolId == null) {
      return false;
    }
    if (ADDING_ROLES.stream().anyMatch(role -> user.organisationsWhere(role).contains(schoolId))) {
      return true;
    }
    return organisations
        .school(schoolId)
        .map(
            school ->
                user.organisationsWhere(Role.AUTHORITY_OFFICER).contains(school.authorityId()))
        .orElse(false);
  }

  /**
   * Of these children, those the person may see: someone who sees children one by one needs no
   * query; anyone else one, whatever their number.
   */
  public Set<UUID> visibleAmong(CurrentUser user, Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return Set.of();
    }
    Visibility visibility = visibility(user);
    Set<UUID> visible = new HashSet<>();
    if (visibility.schools().isEmpty()) {
      childIds.stream().filter(visibility.individually()::contains).forEach(visible::add);
    } else {
      rows.byId(childIds).stream()
          .filter(visibility::includes)
          .forEach(child -> visible.add(child.id()));
    }
    return visible;
  }

  /**
   * The children the person may see who have records in the table (assessments, actions, …).
   * Someone who sees children one by one (a family member, a professional on teams) gets those
   * children at once, with no query; someone who sees whole schools gets those with such records in
   * their schools (or among the children they see one by one), less those a recorded limit hides
   * from them. In a page view, the first question asks about every kind of record asked about
   * before in one statement ({@link ChildrenWithRecords}), and the page's other parts (the
   * deadlines of each kind, a panel) find their answers kept.
   */
  public Set<UUID> visibleWithRecords(CurrentUser user, ChildRecordTable records) {
    Visibility visibility = visibility(user);
    if (visibility.schools().isEmpty()) {
      return visibility.individually();
    }
    Map<ChildRecordTable, Set<UUID>> found =
        OncePerPageView.byKey(
            ChildRecordTable.class.getName() + "." + user.id(),
            withRecords.askedWith(records),
            tables -> {
              Map<ChildRecordTable, Set<UUID>> visible = new HashMap<>();
              withRecords
                  .in(tables, visibility.schools(), visibility.individually())
                  .forEach(
                      (table, children) -> {
                        children.removeAll(visibility.hidden());
                        visible.put(table, Set.copyOf(children));
                      });
              // Their names and dates of birth come next: their rows, read together.
              rows.byId(visible.values().stream().flatMap(Set::stream).distinct().toList());
              return visible;
            });
    return found.getOrDefault(records, Set.of());
  }

  /**
   * Which children the person may see, in the terms a database query takes: every child of some
   * schools (staff of a school, officers of its authority), some children one by one (family, team
   * member, the child themself), less those a recorded limit hides from them.
   */
  Visibility visibility(CurrentUser user) {
    return OncePerPageView.get(
        Visibility.class.getName() + "." + user.id(), () -> workOutVisibility(user));
  }

  private Visibility workOutVisibility(CurrentUser user) {
    Set<UUID> schools = new HashSet<>();
    for (Role role : EnumSet.of(Role.SENCO, Role.HEAD, Role.TEACHER, Role.SCHOOL_ADMIN)) {
      schools.addAll(user.organisationsWhere(role));
    }
    for (UUID authority : user.organisationsWhere(Role.AUTHORITY_OFFICER)) {
      schools.addAll(organisations.schoolIdsOf(authority));
    }
    Set<UUID> individually = new HashSet<>();
    Set<UUID> hidden = new HashSet<>();
    for (FamilyTie tie : ties.of(user.id())) {
      (tie.informationLimited() ? hidden : individually).add(tie.childId());
    }
    LocalDate today = LocalDate.now(clock);
    for (TeamPlace place : team.placesOutside(user.id(), schools)) {
      if (place.member().isActiveOn(today)
          && consentRule.stands(place.member(), user, place.child())) {
        individually.add(place.child().id());
      }
    }
    children.findByUserId(user.id()).forEach(child -> individually.add(child.id()));
    individually.removeAll(hidden);
    return new Visibility(Set.copyOf(schools), Set.copyOf(individually), Set.copyOf(hidden));
  }

  /** See {@link #visibility}. */
  record Visibility(Set<UUID> schools, Set<UUID> individually, Set<UUID> hidden) {

    boolean includes(Child child) {
      return !hidden.contains(child.id())
          && (schools.contains(child.schoolId()) || individually.contains(child.id()));
    }
  }

  /**
   * Each of these children that the person may see, opened as {@link #open} would (with its school
   * and name): for lists of records whose audience is narrower than the child's (a disagreement),
   * decided in a few statements whatever the number of children, never a child at a time (and
   * reading the person's team places on these children only, not on every team they sit on). Those
   * the person may not see are left out.
   */
  public Map<UUID, AccessibleChild> openAll(CurrentUser user, Collection<UUID> childIds) {
    if (user == null || childIds.isEmpty()) {
      return Map.of();
    }
    Set<UUID> ids = Set.copyOf(childIds);
    Ties own = new Ties(ownFamily(user), teamPlacesByChild(team.placesAmong(user.id(), ids)));
    Map<UUID, AccessibleChild> opened = new HashMap<>();
    for (Child child : children.allOf(ids)) {
      grant(user, child, own)
          .ifPresent(
              grant ->
                  opened.put(
                      child.id(),
                      new AccessibleChild(
                          child.id(), grant, user, child.schoolId(), child.displayName())));
    }
    return opened;
  }

  private Optional<AccessGrant> grant(CurrentUser user, Child child) {
    return grant(user, child, ownTies(user));
  }

  private Optional<AccessGrant> grant(CurrentUser user, Child child, Ties own) {
    Set<Relationship> relationships = EnumSet.noneOf(Relationship.class);
    List<FamilyTie> ownEntries = own.family().getOrDefault(child.id(), List.of());
    if (ownEntries.stream().anyMatch(FamilyTie::informationLimited)) {
      return Optional.empty();
    }
    ownEntries.forEach(
        tie ->
            relationships.add(
                tie.parentalResponsibility() ? Relationship.PARENT : Relationship.FAMILY));
    if (user.id().equals(child.userId())) {
      relationships.add(Relationship.CHILD);
    }
    UUID school = child.schoolId();
    if (user.organisationsWhere(Role.SENCO).contains(school)) {
      relationships.add(Relationship.SENCO);
    }
    if (user.organisationsWhere(Role.HEAD).contains(school)) {
      relationships.add(Relationship.HEAD);
    }
    LocalDate today = LocalDate.now(clock);
    own.team().getOrDefault(child.id(), List.of()).stream()
        .filter(member -> member.isActiveOn(today) && consentRule.stands(member, user, child))
        .forEach(
            member ->
                relationships.add(
                    member.lead() ? Relationship.LEAD_PROFESSIONAL : Relationship.TEAM_MEMBER));
    if (user.organisationsWhere(Role.TEACHER).contains(school)) {
      relationships.add(Relationship.TEACHER);
    }
    if (user.organisationsWhere(Role.SCHOOL_ADMIN).contains(school)) {
      relationships.add(Relationship.SCHOOL_ADMIN);
    }
    if (!user.organisationsWhere(Role.AUTHORITY_OFFICER).isEmpty()) {
      organisations
          .school(school)
          .map(SchoolSummary::authorityId)
          .filter(user.organisationsWhere(Role.AUTHORITY_OFFICER)::contains)
          .ifPresent(authority -> relationships.add(Relationship.AUTHORITY_OFFICER));
    }
    if (relationships.isEmpty()) {
      return Optional.empty();
    }
    boolean sixteen = !child.dateOfBirth().plusYears(16).isAfter(today);
    return Optional.of(AccessGrant.of(child.id(), relationships, sixteen));
  }

  /**
   * The person's own family entries and team places, by child: read once per page view, so that a
   * page deciding about many children (a school's pupils for a SENCO on many teams) reads them
   * once, not once a child.
   */
  private Ties ownTies(CurrentUser user) {
    return OncePerPageView.get(
        Ties.class.getName() + "." + user.id(),
        () -> new Ties(ownFamily(user), teamPlacesByChild(team.findByUserId(user.id()))));
  }

  private Map<UUID, List<FamilyTie>> ownFamily(CurrentUser user) {
    return OncePerPageView.get(
        FamilyTie.class.getName() + "." + user.id(),
        () -> ties.of(user.id()).stream().collect(Collectors.groupingBy(FamilyTie::childId)));
  }

  private static Map<UUID, List<TeamMember>> teamPlacesByChild(List<TeamMember> places) {
    return places.stream().collect(Collectors.groupingBy(TeamMember::childId));
  }

  /** See {@link #ownTies}. */
  private record Ties(Map<UUID, List<FamilyTie>> family, Map<UUID, List<TeamMember>> team) {}

  /** The 403 for someone who may see the child's record but not do this with it. */
  public static ErrorResponseException forbidden() {
    return ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.childForbidden");
  }
}

package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's records: adding a child to a school's roll, correcting the record, finding it. */
@Service
@Transactional(readOnly = true)
public class Children {

  /** As lists order children: family name, then given name, ignoring case. */
  private static final Comparator<Child> BY_NAME =
      Comparator.comparing((Child c) -> c.familyName().toLowerCase(java.util.Locale.UK))
          .thenComparing(c -> c.givenName().toLowerCase(java.util.Locale.UK))
          .thenComparing(Child::id);

  /** The SEN register: support and plans, which the homes' panels list together. */
  private static final Set<SenStatus> ON_THE_REGISTER = Set.of(SenStatus.K, SenStatus.E);

  private final ChildRepository children;
  private final ChildRows rows;
  private final TeamMemberRepository team;
  private final ChildAccess access;
  private final RecordLock lock;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Children(
      ChildRepository children,
      ChildRows rows,
      TeamMemberRepository team,
      ChildAccess access,
      RecordLock lock,
      Organisations organisations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.children = children;
    this.rows = rows;
    this.team = team;
    this.access = access;
    this.lock = lock;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Adds a child. School staff add to their own school, authority officers to a school of their
   * authority.
   *
   * @throws ValidationProblem when a rule is broken (nothing is saved)
   */
  @Transactional
  public ChildSummary create(CurrentUser user, ChildDetails entered) {
    ChildDetails details = checked(entered, null);
    if (!access.canCreateAt(user, details.schoolId())) {
      throw ChildAccess.forbidden();
    }
    Child child = children.save(new Child(details, clock.instant()));
    AccessGrant grant = access.grant(user, child.id()).orElseThrow();
    events.publishEvent(
        new ChildRecordChanged(
            child.id(),
            user.id(),
            user.displayName(),
            grant.principal(),
            ChildRecordChanged.Action.CREATE,
            Happened.of("audit.what.child.added", written(child.displayName()))));
    return summary(child);
  }

  /** Corrects the record; a stale version is a conflict and changes nothing. */
  @Transactional
  public ChildSummary update(AccessibleChild person, long version, ChildDetails entered) {
    AccessibleChild who = lock.lock(person).require(Permission.EDIT_RECORD);
    Child child = children.findById(who.id()).orElseThrow(NotFound::error);
    EditConflict.check(version, child.version());
    ChildDetails details = checked(entered, child.id());
    if (!details.schoolId().equals(child.schoolId())) {
      // A move to another school asks the family first, and the school left behind keeps a copy:
      // that is the transfer's work, never a correction of the record.
      throw ValidationProblem.of("schoolId", "child.error.school.moveByTransfer");
    }
    child.apply(details, clock.instant());
    children.flush();
    events.publishEvent(
        who.changed(ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.child.changed")));
    return summary(child);
  }

  /**
   * Records that the child now has an EHC plan (SEN status E) because a final plan was issued: for
   * the statutory process, which has checked that the person may record it. Nothing changes when
   * the status says so already.
   */
  @Transactional
  public void recordEhcPlan(AccessibleChild who) {
    Child child = children.findById(who.id()).orElseThrow(NotFound::error);
    if (child.recordEhcPlan(clock.instant())) {
      children.flush();
      events.publishEvent(
          who.changed(ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.child.ehcPlan")));
    }
  }

  /**
   * Records that the child now has SEN support (SEN status K) because the school decided so about a
   * concern: for the concerns, which have checked that the person may decide. A child already on
   * SEN support or with an EHC plan keeps their status. Answers whether it changed.
   */
  @Transactional
  public boolean recordSenSupport(AccessibleChild who) {
    Child child = children.findById(who.id()).orElseThrow(NotFound::error);
    if (!child.recordSenSupport(clock.instant())) {
      return false;
    }
    children.flush();
    events.publishEvent(
        who.changed(ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.child.senSupport")));
    return true;
  }

  /** The record of a child the person may see. */
  public ChildSummary get(AccessibleChild who) {
    return find(who.id()).orElseThrow(NotFound::error);
  }

  /**
   * The record of the child whose own account this is, when the child is under 16 and the account
   * has no other relationship to them: where they land after signing in.
   */
  public Optional<UUID> ownRecordUnderSixteen(CurrentUser user) {
    return children.findByUserId(user.id()).stream()
        .map(Child::id)
        .filter(
            id -> access.grant(user, id).map(AccessGrant::isChildUnderSixteenOnly).orElse(false))
        .findFirst();
  }

  /**
   * Every child the person may see, by family name then given name: for the few children of a
   * parent or a professional. A school's or an authority's list is paged: {@link #page}.
   */
  public List<ChildSummary> visibleTo(CurrentUser user) {
    return summaries(children.findAll(ChildListQuery.of(access.visibility(user), null)));
  }

  /** The children the person may see on SEN support (or another status), by name. */
  public List<ChildListing> visibleWithStatus(CurrentUser user, SenStatus status) {
    return visibleWithStatus(user, status, null);
  }

  /**
   * The children the person may see of this status in one of these year groups, by name: for the
   * rules that follow a year group (a move to a new phase).
   */
  public List<ChildListing> visibleWithStatusIn(
      CurrentUser user, SenStatus status, Collection<String> yearGroups) {
    return visibleWithStatus(user, status, yearGroups);
  }

  /**
   * Every child with an EHC plan in one of these year groups, whoever may see them: for a job that
   * works for no one person (the letters about a move to a new phase), never for a page.
   */
  public List<ChildListing> allWithPlansIn(Collection<String> yearGroups) {
    return children.findWithPlansIn(yearGroups.toArray(String[]::new));
  }

  /**
   * Those of a status (in some year groups, or any when null), by name. The children on the SEN
   * register (support and plans) are read together, once per page view, however many panels ask for
   * either status and for which year groups. Someone who sees children one by one (a family) has
   * them from the rows read once per page view; a school or an authority asks the database.
   */
  private List<ChildListing> visibleWithStatus(
      CurrentUser user, SenStatus status, Collection<String> yearGroups) {
    Set<SenStatus> readTogether =
        ON_THE_REGISTER.contains(status) ? ON_THE_REGISTER : Set.of(status);
    return OncePerPageView.get(
            "children.withStatus." + user.id() + "." + readTogether,
            () -> readVisibleWithStatus(user, status, readTogether))
        .stream()
        .filter(child -> child.status() == status)
        .map(ChildWithStatus::listing)
        .filter(child -> yearGroups == null || yearGroups.contains(child.yearGroup()))
        .toList();
  }

  private List<ChildWithStatus> readVisibleWithStatus(
      CurrentUser user, SenStatus status, Set<SenStatus> readTogether) {
    ChildAccess.Visibility visibility = access.visibility(user);
    if (visibility.schools().isEmpty()) {
      return rows.byId(visibility.individually()).stream()
          .filter(child -> readTogether.contains(child.senStatus()))
          .sorted(BY_NAME)
          .map(c -> new ChildWithStatus(c.listing(), c.senStatus()))
          .toList();
    }
    return readTogether.equals(ON_THE_REGISTER)
        ? children.listingsOnTheRegister(visibility)
        : children.listingsWithStatus(visibility, status);
  }

  /**
   * One page of the children the person may see that match the filter, by name, with the number
   * that match: paged and counted in the database.
   */
  Page<ChildSummary> page(CurrentUser user, ChildFilter filter, Pageable pageable) {
    Set<UUID> schoolsNamed =
        filter.search() == null || filter.search().isBlank()
            ? Set.of()
            : organisations.schoolIdsNamed(
                filter.search(), schoolIdsVisibleTo(access.visibility(user)));
    Page<Child> found =
        children.findAll(
            ChildListQuery.of(access.visibility(user), filter, schoolsNamed), pageable);
    return new PageImpl<>(summaries(found.getContent()), pageable, found.getTotalElements());
  }

  /** How many children the person may see. */
  long countVisibleTo(CurrentUser user) {
    return children.count(ChildListQuery.of(access.visibility(user), null));
  }

  /** The schools of the children the person may see, by name: for a list's school filter. */
  List<SchoolSummary> schoolsVisibleTo(CurrentUser user) {
    return organisations.schools(schoolIdsVisibleTo(access.visibility(user))).stream()
        .sorted(Comparator.comparing(SchoolSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The schools of the children these are: the person's own, and those of children seen alone. */
  private Set<UUID> schoolIdsVisibleTo(ChildAccess.Visibility visibility) {
    Set<UUID> schools = new HashSet<>(visibility.schools());
    children.allOf(visibility.individually()).forEach(c -> schools.add(c.schoolId()));
    return schools;
  }

  /**
   * Summaries of rows just read; the rows are kept for the rest of the page view ({@link
   * ChildRows}).
   */
  private List<ChildSummary> summaries(List<Child> found) {
    rows.keep(found);
    Map<UUID, String> schoolNames =
        organisations.schoolNames(found.stream().map(Child::schoolId).distinct().toList());
    return found.stream().map(child -> child.summary(schoolNames.get(child.schoolId()))).toList();
  }

  /** The dates of birth of these children, in one query: for rules that count a child's age. */
  public Map<UUID, LocalDate> datesOfBirth(Collection<UUID> childIds) {
    Map<UUID, LocalDate> born = new HashMap<>();
    if (!childIds.isEmpty()) {
      rows.byId(childIds).forEach(child -> born.put(child.id(), child.dateOfBirth()));
    }
    return born;
  }

  /** Those of these children whose SEN status is this one, in one query. */
  public Set<UUID> withStatus(Collection<UUID> childIds, SenStatus status) {
    Set<UUID> found = new HashSet<>();
    if (!childIds.isEmpty()) {
      rows.byId(childIds).stream()
          .filter(child -> child.senStatus() == status)
          .forEach(child -> found.add(child.id()));
    }
    return found;
  }

  /** Those of these children whose family needs an interpreter, in one query. */
  public Set<UUID> needingAnInterpreter(Collection<UUID> childIds) {
    Set<UUID> found = new HashSet<>();
    if (!childIds.isEmpty()) {
      rows.byId(childIds).stream()
          .filter(child -> child.summary(null).interpreterNeeded())
          .forEach(child -> found.add(child.id()));
    }
    return found;
  }

  /**
   * The names the pages show for these children (preferred name, or given name, then family name),
   * in one query: for other capabilities listing things of children already checked at the door.
   */
  public Map<UUID, String> displayNames(Collection<UUID> childIds) {
    Map<UUID, String> names = new HashMap<>();
    if (!childIds.isEmpty()) {
      rows.byId(childIds).forEach(child -> names.put(child.id(), child.displayName()));
    }
    return names;
  }

  /**
   * For other capabilities that already went through the door. Read once per page view, however
   * many parts of the page ask.
   */
  public Optional<ChildSummary> find(UUID childId) {
    return OncePerPageView.get(
        ChildSummary.class.getName() + "." + childId, () -> rows.byId(childId).map(this::summary));
  }

  /**
   * These children, for other capabilities that already went through the door and list records
   * about many of them: two statements whatever their number (the children, their schools' names).
   */
  public Map<UUID, ChildSummary> findAll(Collection<UUID> childIds) {
    Map<UUID, ChildSummary> found = new HashMap<>();
    if (!childIds.isEmpty()) {
      summaries(children.allOf(Set.copyOf(childIds)))
          .forEach(child -> found.put(child.id(), child));
    }
    return found;
  }

  /**
   * The child's own account once they are 16, when they answer for themselves as a young person
   * (agreeing to a move, for one): for those who tell the family of something. Empty before 16, or
   * without an account.
   */
  public Optional<UUID> youngPersonAccount(UUID childId) {
    LocalDate today = LocalDate.now(clock);
    return children
        .findById(childId)
        .filter(child -> child.userId() != null)
        .filter(child -> !child.dateOfBirth().plusYears(16).isAfter(today))
        .map(Child::userId);
  }

  /**
   * The children a limit recorded on the person's own family entry hides from them, for the notice
   * on their home that says so and whom to ask: of each, the given name, the school's name and the
   * school's SENCO on the team now (null when there is none), and nothing else. Empty for anyone on
   * whom no limit is recorded.
   */
  public List<HiddenChild> hiddenByLimitFrom(CurrentUser user) {
    Set<UUID> hidden = access.visibility(user).hidden();
    if (hidden.isEmpty()) {
      return List.of();
    }
    List<Child> found = children.allOf(hidden);
    Map<UUID, String> schoolNames =
        organisations.schoolNames(found.stream().map(Child::schoolId).distinct().toList());
    LocalDate today = LocalDate.now(clock);
    return found.stream()
        .sorted(Comparator.comparing(Child::givenName))
        .map(
            child ->
                new HiddenChild(
                    child.givenName(),
                    schoolNames.getOrDefault(child.schoolId(), ""),
                    sencoOnTheTeam(child, today)))
        .toList();
  }

  /** A child a recorded limit hides from someone: whom they may ask about it, and nothing else. */
  public record HiddenChild(String givenName, String schoolName, String sencoName) {}

  private String sencoOnTheTeam(Child child, LocalDate today) {
    return team.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .filter(
            m ->
                m.role() == TeamRole.SENCO
                    && m.consent() == ConsentStatus.NOT_NEEDED
                    && m.isCurrentOn(today))
        .map(TeamMember::name)
        .findFirst()
        .orElse(null);
  }

  private ChildDetails checked(ChildDetails entered, UUID existingId) {
    ChildDetails details = ChildRules.tidy(entered);
    List<FieldMessage> problems =
        new java.util.ArrayList<>(ChildRules.problems(details, LocalDate.now(clock)));
    if (details.upn() != null && problems.stream().noneMatch(p -> p.field().equals("upn"))) {
      children
          .findByUpn(details.upn())
          .filter(other -> !other.id().equals(existingId))
          .ifPresent(other -> problems.add(new FieldMessage("upn", "child.error.upn.taken")));
    }
    if (details.schoolId() != null && organisations.school(details.schoolId()).isEmpty()) {
      problems.add(new FieldMessage("schoolId", "child.error.school.missing"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return details;
  }

  private ChildSummary summary(Child child) {
    return child.summary(
        organisations.schoolNames(List.of(child.schoolId())).get(child.schoolId()));
  }
}

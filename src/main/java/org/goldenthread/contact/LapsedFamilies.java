package org.goldenthread.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildListing;
import org.goldenthread.child.Children;
import org.goldenthread.child.Relationship;
import org.goldenthread.child.SenStatus;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyMemberView;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.organisation.SchoolDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The families a key worker should get back in touch with: of the children they are key worker for
 * (those on the SEN register at the schools where they are SENCO, and those whose team they lead),
 * those whose family was last in touch longer ago than the school allows, or never. The children
 * come from one query (two for a SENCO: support and plans), when each family was last in touch from
 * three whatever their number; only the families shown are read one by one.
 */
@Component
@Transactional(readOnly = true)
class LapsedFamilies {

  private final Children children;
  private final ChildAccess access;
  private final Families families;
  private final ContactLog log;
  private final SchoolDays schoolDays;
  private final Clock clock;

  LapsedFamilies(
      Children children,
      ChildAccess access,
      Families families,
      ContactLog log,
      SchoolDays schoolDays,
      Clock clock) {
    this.children = children;
    this.access = access;
    this.families = families;
    this.log = log;
    this.schoolDays = schoolDays;
    this.clock = clock;
  }

  /** Whether the person may be someone's key worker at all. */
  static boolean mayBeKeyWorker(CurrentUser user) {
    return user.has(Role.SENCO) || user.has(Role.PROFESSIONAL);
  }

  /** The lapsed families, longest out of touch first, then those never in touch, by name. */
  Result of(CurrentUser user, int shown) {
    List<ChildListing> keyChildren = keyWorkerChildren(user);
    if (keyChildren.isEmpty()) {
      return new Result(List.of(), 0);
    }
    Map<UUID, LastInTouch> last =
        log.lastInTouchOf(keyChildren.stream().map(ChildListing::id).toList());
    LocalDate today = LocalDate.now(clock.withZone(ContactLog.ENGLAND));
    Map<UUID, Integer> weeksBySchool = new HashMap<>();
    List<Candidate> lapsed = new ArrayList<>();
    for (ChildListing child : keyChildren) {
      int weeks =
          weeksBySchool.computeIfAbsent(
              child.schoolId(), school -> schoolDays.settings(school).contactLapseWeeks());
      LastInTouch seen = last.get(child.id());
      if (seen == null || seen.on().isBefore(today.minusWeeks(weeks))) {
        lapsed.add(new Candidate(child, seen, weeks));
      }
    }
    lapsed.sort(
        Comparator.comparing((Candidate c) -> c.last() == null ? LocalDate.MAX : c.last().on())
            .thenComparing(c -> c.child().displayName()));
    return new Result(
        withFamilies(lapsed.subList(0, Math.min(shown, lapsed.size()))), lapsed.size());
  }

  /** The lapsed families shown, and how many there are in all. */
  record Result(List<Lapsed> shown, int total) {}

  private record Candidate(ChildListing child, LastInTouch last, int weeks) {}

  private List<Lapsed> withFamilies(List<Candidate> shown) {
    List<UUID> ids = shown.stream().map(c -> c.child().id()).toList();
    Map<UUID, FamilyMemberView> parents = families.firstContacts(ids);
    Set<UUID> interpreter = children.needingAnInterpreter(ids);
    return shown.stream()
        .map(
            candidate -> {
              UUID id = candidate.child().id();
              FamilyMemberView parent = parents.get(id);
              return new Lapsed(
                  id,
                  candidate.child().displayName(),
                  candidate.last(),
                  candidate.weeks(),
                  parent == null ? null : parent.name(),
                  parent == null ? null : parent.contactChannel(),
                  parent == null ? null : parent.preferredLanguage(),
                  interpreter.contains(id));
            })
        .toList();
  }

  /**
   * The children on the SEN register (support or a plan) at the schools where the person is SENCO,
   * and, for a professional, the children whose team they lead.
   */
  private List<ChildListing> keyWorkerChildren(CurrentUser user) {
    Map<UUID, ChildListing> found = new LinkedHashMap<>();
    Set<UUID> schools = user.organisationsWhere(Role.SENCO);
    if (!schools.isEmpty()) {
      for (SenStatus status : List.of(SenStatus.K, SenStatus.E)) {
        children.visibleWithStatus(user, status).stream()
            .filter(child -> schools.contains(child.schoolId()))
            .forEach(child -> found.put(child.id(), child));
      }
    }
    // Only someone who sees children one by one (never whole schools) is asked for them all.
    if (user.has(Role.PROFESSIONAL)
        && user.roles().stream().allMatch(r -> r == Role.PROFESSIONAL || r == Role.PARENT)) {
      children.visibleTo(user).stream()
          .filter(child -> !found.containsKey(child.id()))
          .filter(
              child ->
                  access
                      .grant(user, child.id())
                      .map(g -> g.relationships().contains(Relationship.LEAD_PROFESSIONAL))
                      .orElse(false))
          .forEach(child -> found.put(child.id(), child.listing()));
    }
    return List.copyOf(found.values());
  }
}

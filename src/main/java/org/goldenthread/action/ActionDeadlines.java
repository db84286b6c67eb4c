package org.goldenthread.action;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.family.Families;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreed actions as {@code ACTION} deadlines, for the children the person may see: due on the
 * action's date, owed by its owner (the family when the owner is on the child's family record,
 * otherwise the named team member), met on the day it was marked done. A dropped action will not be
 * done, so it is no deadline. Each links to the meeting's page, where the action is shown.
 */
@Component
@Transactional(readOnly = true)
class ActionDeadlines implements DeadlineSource {

  private final AgreedActionRepository actions;
  private final ChildAccess access;
  private final Families families;
  private final DeadlineCalendar calendar;
  private final Clock clock;

  ActionDeadlines(
      AgreedActionRepository actions,
      ChildAccess access,
      Families families,
      DeadlineCalendar calendar,
      Clock clock) {
    this.actions = actions;
    this.access = access;
    this.families = families;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    return deadlinesOf(access.visibleAmong(user, actions::childIdsWithActions));
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)
        || access.grant(user, childId).isEmpty()) {
      return List.of();
    }
    return deadlinesOf(Set.of(childId));
  }

  private List<Deadline> deadlinesOf(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    List<AgreedAction> found = actions.findNotDroppedOfChildren(childIds.toArray(UUID[]::new));
    Map<UUID, Set<UUID>> family =
        families.accountsByChild(
            found.stream().map(AgreedAction::childId).collect(Collectors.toSet()));
    return found.stream()
        .map(action -> deadline(action, family.getOrDefault(action.childId(), Set.of())))
        .toList();
  }

  private Deadline deadline(AgreedAction action, Set<UUID> family) {
    boolean familyOwns = family.contains(action.ownerId());
    return calendar.deadline(
        DeadlineKind.ACTION,
        calendar.agreed(action.dueOn()),
        new Tracked(
            action.id(),
            action.childId(),
            familyOwns ? DeadlineOwner.FAMILY : DeadlineOwner.TEAM_MEMBER,
            action.ownerName(),
            action.doneOn(clock.getZone()),
            null,
            List.of(),
            "/meetings/" + action.meetingId()));
  }
}

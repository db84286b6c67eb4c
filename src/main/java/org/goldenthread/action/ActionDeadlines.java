package org.goldenthread.action;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordDeadlines;
import org.goldenthread.child.ChildRecordTable;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.family.Families;
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
class ActionDeadlines extends ChildRecordDeadlines {

  private final AgreedActionRepository actions;
  private final Families families;
  private final DeadlineCalendar calendar;
  private final Clock clock;

  ActionDeadlines(
      AgreedActionRepository actions,
      ChildAccess access,
      Families families,
      DeadlineCalendar calendar,
      Clock clock) {
    super(access, ChildRecordTable.of("meeting_action").where("r.status <> 'DROPPED'"));
    this.actions = actions;
    this.families = families;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  protected List<Deadline> deadlinesOf(Set<UUID> childIds) {
    List<AgreedAction> found =
        actions.ofChildren(childIds).values().stream()
            .flatMap(List::stream)
            .filter(action -> action.status() != ActionStatus.DROPPED)
            .toList();
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

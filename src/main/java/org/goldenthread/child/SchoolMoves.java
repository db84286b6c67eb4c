package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's move to another school, as the {@code transfer} capability carries it out once the
 * family has agreed: the receiving school's SENCO joins the team on the family's agreement (their
 * consent to share the record before the move), and on the move date the child's school changes.
 * From then the school left behind sees nothing (its staff are no longer staff of the child's
 * school, and their school places on the team end), and an outside professional stays on the team
 * only once the family gives consent again: their consent waits ({@link ConsentStatus#PENDING}).
 * Every change is recorded in the child's history.
 */
@Service
@Transactional(readOnly = true)
public class SchoolMoves {

  private final ChildRepository children;
  private final TeamMemberRepository team;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SchoolMoves(
      ChildRepository children,
      TeamMemberRepository team,
      ApplicationEventPublisher events,
      Clock clock) {
    this.children = children;
    this.team = team;
    this.events = events;
    this.clock = clock;
  }

  /** Who made a change the child's history records. */
  public record Actor(UUID id, String name, Relationship role) {}

  /**
   * Puts the person on the child's team as SENCO from today, unless they are on it now.
   *
   * @param agreedByFamily true for the receiving school's SENCO, let in by the family's agreement
   *     before the child is on their school's roll (their consent given); false for the SENCO of
   *     the child's own school, who needs none
   */
  @Transactional
  public void joinAsSenco(
      UUID childId,
      UUID userId,
      String name,
      String organisation,
      boolean agreedByFamily,
      Actor by) {
    LocalDate today = LocalDate.now(clock);
    boolean onTeam =
        team.findByChildIdOrderByLeadDescNameAsc(childId).stream()
            .anyMatch(m -> userId.equals(m.userId()) && m.isCurrentOn(today));
    if (onTeam) {
      return;
    }
    TeamMemberDetails details =
        new TeamMemberDetails(userId, name, TeamRole.SENCO, organisation, today, null, null);
    team.save(
        new TeamMember(
            childId, details, agreedByFamily ? ConsentStatus.GIVEN : ConsentStatus.NOT_NEEDED));
    changed(
        childId,
        by,
        ChildRecordChanged.Action.CREATE,
        Happened.of("audit.what.team.added", written(name)));
  }

  /** Takes the receiving school's SENCOs off the team again: a move cancelled after agreement. */
  @Transactional
  public void leave(UUID childId, List<UUID> userIds, Actor by) {
    LocalDate today = LocalDate.now(clock);
    for (TeamMember member : team.findByChildIdOrderByLeadDescNameAsc(childId)) {
      if (userIds.contains(member.userId())
          && member.isCurrentOn(today)
          && member.consent() == ConsentStatus.GIVEN
          && member.role() == TeamRole.SENCO) {
        member.end(today);
        changed(
            childId,
            by,
            ChildRecordChanged.Action.UPDATE,
            Happened.of("audit.what.team.left", written(member.name())));
      }
    }
  }

  /**
   * Moves the child to the school from today: the old school's places on the team end, and each
   * outside professional's consent waits for the family again.
   *
   * @return the names of the professionals whose consent the family is asked to renew
   */
  @Transactional
  public List<String> move(UUID childId, UUID toSchoolId, Actor by) {
    Child child = children.findById(childId).orElseThrow();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    child.moveTo(toSchoolId, now);
    List<String> renewing = new ArrayList<>();
    for (TeamMember member : team.findByChildIdOrderByLeadDescNameAsc(childId)) {
      if (!member.isCurrentOn(today)) {
        continue;
      }
      if (member.role().needsConsent()) {
        if (member.consent() == ConsentStatus.GIVEN) {
          member.recordConsent(ConsentStatus.PENDING);
          renewing.add(member.name());
        }
      } else if (member.role().kind() == TeamRole.Kind.SCHOOL) {
        if (member.consent() == ConsentStatus.NOT_NEEDED) {
          member.end(today);
        } else {
          member.recordConsent(ConsentStatus.NOT_NEEDED);
        }
      }
    }
    changed(childId, by, ChildRecordChanged.Action.UPDATE, Happened.of("audit.what.child.moved"));
    return renewing;
  }

  private void changed(UUID childId, Actor by, ChildRecordChanged.Action action, Happened what) {
    events.publishEvent(
        new ChildRecordChanged(childId, by.id(), by.name(), by.role(), action, what));
  }
}

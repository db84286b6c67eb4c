package org.goldenthread.child;

import static org.goldenthread.child.Happened.written;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Team Around the Child: who is on it, what each has agreed to do, and the one lead
 * professional. Consent follows the person ({@link ConsentRule}): an outside professional joins
 * with consent pending and sees nothing until the family gives it, and may not be given a school or
 * family role to get round it.
 */
@Service
@Transactional(readOnly = true)
public class Teams {

  private final TeamMemberRepository members;
  private final TeamMemberChecks checks;
  private final RecordLock lock;
  private final AccessEndings endings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Teams(
      TeamMemberRepository members,
      TeamMemberChecks checks,
      RecordLock lock,
      AccessEndings endings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.members = members;
    this.checks = checks;
    this.lock = lock;
    this.endings = endings;
    this.events = events;
    this.clock = clock;
  }

  /** Everyone on the team now, the lead first; the family sees the whole team. */
  public List<TeamMemberView> current(AccessibleChild child) {
    LocalDate today = LocalDate.now(clock);
    return members.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .filter(member -> member.isCurrentOn(today))
        .map(TeamMember::view)
        .toList();
  }

  /**
   * The accounts of everyone on the child's team now, whoever asks: for the notifications of other
   * capabilities, which ask the door about each person before anything reaches them.
   */
  public java.util.Set<UUID> accountsOnTeam(UUID childId) {
    LocalDate today = LocalDate.now(clock);
    return members.findByChildIdOrderByLeadDescNameAsc(childId).stream()
        .filter(member -> member.isCurrentOn(today))
        .map(member -> member.view().userId())
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Everyone who has been on the team, past members included. */
  public List<TeamMemberView> all(AccessibleChild child) {
    return members.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .map(TeamMember::view)
        .toList();
  }

  @Transactional
  public TeamMemberView add(AccessibleChild child, TeamMemberDetails entered) {
    return add(child, entered, false);
  }

  /** Adds a member, and makes them the lead professional at once when {@code lead}. */
  @Transactional
  public TeamMemberView add(AccessibleChild child, TeamMemberDetails entered, boolean lead) {
    AccessibleChild now = lock.lock(child).require(Permission.MANAGE_TEAM);
    TeamMemberDetails details = checks.checked(entered, true);
    checks.notAlreadyOnTeam(now, details.userId(), null);
    ConsentStatus consent = checks.consentFor(now, details.role(), details.userId());
    TeamMember member = members.save(new TeamMember(now.id(), details, consent));
    changed(
        now,
        ChildRecordChanged.Action.CREATE,
        Happened.of("audit.what.team.added", written(member.name())));
    if (lead) {
      lead(now, member);
    }
    return member.view();
  }

  /**
   * One member of the team, current or past, as anyone who may see the child sees them.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when not on this child's team
   */
  public TeamMemberView member(AccessibleChild child, UUID memberId) {
    return memberOf(child, memberId).view();
  }

  @Transactional
  public TeamMemberView update(
      AccessibleChild child, UUID memberId, long version, TeamMemberDetails entered) {
    return update(child, memberId, version, entered, false);
  }

  /**
   * Changes a member's details. Whoever manages the team may change anything (a role or account
   * left out stays as it is); a member may change only what they have agreed to do, and a request
   * that changes anything else is refused whole. Another role or person is checked again against
   * the consent rule; a different person, or an outside role, waits for consent afresh.
   */
  @Transactional
  public TeamMemberView update(
      AccessibleChild child, UUID memberId, long version, TeamMemberDetails entered, boolean lead) {
    AccessibleChild now = lock.lock(child);
    TeamMember member = memberOf(now, memberId);
    boolean manages = now.can(Permission.MANAGE_TEAM);
    if (!manages && !now.user().id().equals(member.userId())) {
      throw ChildAccess.forbidden();
    }
    if (!manages && (lead || changesMoreThanCommitment(member.view(), entered))) {
      throw ChildAccess.forbidden();
    }
    EditConflict.check(version, member.version());
    AccessEndings.Watch watch = endings.before(now.id(), member.userId());
    if (manages) {
      TeamRole role = entered.role() == null ? member.role() : entered.role();
      UUID userId = entered.userId() == null ? member.userId() : entered.userId();
      TeamMemberDetails details = checks.checked(withRoleAndAccount(entered, role, userId), false);
      if (role != member.role() || !Objects.equals(userId, member.userId())) {
        checks.notAlreadyOnTeam(now, userId, member.id());
        member.reassign(role, userId, checks.consentAfterChange(now, member, role, userId));
      }
      member.apply(details);
    } else {
      member.apply(checks.checked(onlyCommitment(member.view(), entered.commitment()), false));
    }
    members.flush();
    changed(
        now,
        ChildRecordChanged.Action.UPDATE,
        Happened.of("audit.what.team.changed", written(member.name())));
    if (lead && !member.lead()) {
      lead(now, member);
    }
    watch.after(ChildAccessEnded.Reason.LEFT_TEAM);
    return member.view();
  }

  /** Makes this member the lead professional, in one step; the previous lead stays on the team. */
  @Transactional
  public TeamMemberView makeLead(AccessibleChild child, UUID memberId) {
    AccessibleChild now = lock.lock(child).require(Permission.MANAGE_TEAM);
    TeamMember member = memberOf(now, memberId);
    lead(now, member);
    return member.view();
  }

  /** Ends a membership today: the member keeps no access from now on; history is kept. */
  @Transactional
  public void remove(AccessibleChild child, UUID memberId) {
    AccessibleChild now = lock.lock(child).require(Permission.MANAGE_TEAM);
    TeamMember member = memberOf(now, memberId);
    AccessEndings.Watch watch = endings.before(now.id(), member.userId());
    member.end(LocalDate.now(clock));
    members.flush();
    changed(
        now,
        ChildRecordChanged.Action.DELETE,
        Happened.of("audit.what.team.removed", written(member.name())));
    watch.after(ChildAccessEnded.Reason.LEFT_TEAM);
  }

  TeamMember memberOf(AccessibleChild child, UUID memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private void lead(AccessibleChild child, TeamMember member) {
    LocalDate today = LocalDate.now(clock);
    if (!member.isCurrentOn(today) || member.role().kind() == TeamRole.Kind.FAMILY) {
      throw ValidationProblem.of("lead", "child.team.error.leadNotPossible");
    }
    members.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .filter(TeamMember::lead)
        .forEach(other -> other.makeLead(false));
    members.flush();
    member.makeLead(true);
    members.flush();
    changed(
        child,
        ChildRecordChanged.Action.UPDATE,
        Happened.of("audit.what.team.lead", written(member.name())));
  }

  /** Whether a member's own request would change anything besides what they will do. */
  private static boolean changesMoreThanCommitment(TeamMemberView m, TeamMemberDetails e) {
    return differs(e.userId(), m.userId())
        || differs(e.role(), m.role())
        || differs(TextRules.tidy(e.name()), m.name())
        || differs(TextRules.tidy(e.organisation()), m.organisation())
        || differs(e.startOn(), m.startOn())
        || differs(e.endOn(), m.endOn());
  }

  private static boolean differs(Object sent, Object stored) {
    return sent != null && !sent.equals(stored);
  }

  private static TeamMemberDetails withRoleAndAccount(
      TeamMemberDetails d, TeamRole role, UUID userId) {
    return new TeamMemberDetails(
        userId, d.name(), role, d.organisation(), d.startOn(), d.endOn(), d.commitment());
  }

  private static TeamMemberDetails onlyCommitment(TeamMemberView member, String commitment) {
    return new TeamMemberDetails(
        member.userId(),
        member.name(),
        member.role(),
        member.organisation(),
        member.startOn(),
        member.endOn(),
        commitment);
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action action, Happened what) {
    events.publishEvent(child.changed(action, what));
  }
}

package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Team Around the Child: who is on it, what each has agreed to do, and the one lead
 * professional. An outside professional joins with consent pending and sees nothing until the
 * family gives it.
 */
@Service
@Transactional(readOnly = true)
public class Teams {

  private final TeamMemberRepository members;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Teams(
      TeamMemberRepository members,
      Accounts accounts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.members = members;
    this.accounts = accounts;
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

  /** Everyone who has been on the team, past members included. */
  public List<TeamMemberView> all(AccessibleChild child) {
    return members.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .map(TeamMember::view)
        .toList();
  }

  @Transactional
  public TeamMemberView add(AccessibleChild child, TeamMemberDetails entered) {
    child.require(Permission.MANAGE_TEAM);
    TeamMemberDetails details = checked(entered, true);
    if (details.userId() != null
        && members.findByUserId(details.userId()).stream()
            .anyMatch(m -> m.childId().equals(child.id()) && m.isCurrentOn(LocalDate.now(clock)))) {
      throw ValidationProblem.of("userId", "child.team.error.alreadyOnTeam");
    }
    TeamMember member = members.save(new TeamMember(child.id(), details.userId(), details));
    changed(child, ChildRecordChanged.Action.CREATE, "Added " + member.name() + " to the team");
    return member.view();
  }

  /**
   * Changes a member's details. Whoever manages the team may change anything; a member may change
   * what they have agreed to do.
   */
  @Transactional
  public TeamMemberView update(
      AccessibleChild child, UUID memberId, long version, TeamMemberDetails entered) {
    TeamMember member = memberOf(child, memberId);
    boolean self = child.user().id().equals(member.userId());
    if (!child.can(Permission.MANAGE_TEAM) && !self) {
      throw ChildAccess.forbidden();
    }
    EditConflict.check(version, member.version());
    TeamMemberDetails details =
        child.can(Permission.MANAGE_TEAM)
            ? checked(entered, false)
            : checked(withOnlyCommitment(member.view(), entered.commitment()), false);
    member.apply(details);
    members.flush();
    changed(
        child, ChildRecordChanged.Action.UPDATE, "Changed the team details of " + member.name());
    return member.view();
  }

  /** Makes this member the lead professional, in one step; the previous lead stays on the team. */
  @Transactional
  public TeamMemberView makeLead(AccessibleChild child, UUID memberId) {
    child.require(Permission.MANAGE_TEAM);
    TeamMember member = memberOf(child, memberId);
    LocalDate today = LocalDate.now(clock);
    if (!member.isCurrentOn(today)
        || member.role() == TeamRole.PARENT_CARER
        || member.role() == TeamRole.CHILD) {
      throw ValidationProblem.of("lead", "child.team.error.leadNotPossible");
    }
    members.findByChildIdOrderByLeadDescNameAsc(child.id()).stream()
        .filter(TeamMember::lead)
        .forEach(other -> other.makeLead(false));
    members.flush();
    member.makeLead(true);
    members.flush();
    changed(
        child, ChildRecordChanged.Action.UPDATE, member.name() + " became the lead professional");
    return member.view();
  }

  /** Ends a membership today: the member keeps no access from now on; history is kept. */
  @Transactional
  public void remove(AccessibleChild child, UUID memberId) {
    child.require(Permission.MANAGE_TEAM);
    TeamMember member = memberOf(child, memberId);
    member.end(LocalDate.now(clock));
    changed(child, ChildRecordChanged.Action.DELETE, "Removed " + member.name() + " from the team");
  }

  TeamMember memberOf(AccessibleChild child, UUID memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(child.id()))
        .orElseThrow(ChildAccess::notFound);
  }

  private TeamMemberDetails checked(TeamMemberDetails d, boolean adding) {
    List<FieldMessage> problems = new ArrayList<>();
    String name = Texts.trimToNull(d.name());
    if (name == null && d.userId() != null) {
      name = accounts.findById(d.userId()).map(CurrentUser::displayName).orElse(null);
    }
    if (d.userId() != null && accounts.findById(d.userId()).isEmpty()) {
      problems.add(new FieldMessage("userId", "child.team.error.noSuchPerson"));
    }
    if (name == null) {
      problems.add(new FieldMessage("name", "child.team.error.name"));
    }
    if (d.role() == null) {
      problems.add(new FieldMessage("role", "child.team.error.role"));
    }
    LocalDate start = d.startOn() == null && adding ? LocalDate.now(clock) : d.startOn();
    if (start == null) {
      problems.add(new FieldMessage("startOn", "child.team.error.startOn"));
    } else if (d.endOn() != null && d.endOn().isBefore(start)) {
      problems.add(new FieldMessage("endOn", "child.team.error.endBeforeStart"));
    }
    String commitment = Texts.trimToNull(d.commitment());
    if (commitment != null && commitment.length() > 2000) {
      problems.add(new FieldMessage("commitment", "child.team.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new TeamMemberDetails(
        d.userId(),
        name,
        d.role(),
        Texts.trimToNull(d.organisation()),
        start,
        d.endOn(),
        commitment);
  }

  private static TeamMemberDetails withOnlyCommitment(TeamMemberView member, String commitment) {
    return new TeamMemberDetails(
        member.userId(),
        member.name(),
        member.role(),
        member.organisation(),
        member.startOn(),
        member.endOn(),
        commitment);
  }

  private void changed(AccessibleChild child, ChildRecordChanged.Action action, String what) {
    events.publishEvent(child.changed(action, what));
  }
}

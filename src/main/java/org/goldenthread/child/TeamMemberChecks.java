package org.goldenthread.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.goldenthread.identity.Accounts;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.stereotype.Component;

/**
 * The rules a team member's details keep, and the consent a member starts with when they join or
 * when their role or person changes (see {@link ConsentRule}).
 */
@Component
class TeamMemberChecks {

  private final TeamMemberRepository members;
  private final ChildRepository children;
  private final Accounts accounts;
  private final ConsentRule rule;
  private final Clock clock;

  TeamMemberChecks(
      TeamMemberRepository members,
      ChildRepository children,
      Accounts accounts,
      ConsentRule rule,
      Clock clock) {
    this.members = members;
    this.children = children;
    this.accounts = accounts;
    this.rule = rule;
    this.clock = clock;
  }

  /**
   * The consent a member with this role and account starts with: pending for an outside role; not
   * needed for a school or family role held by someone the rule allows (or by a name with no
   * account, which opens no way in); refused on the role field for anyone else.
   */
  ConsentStatus consentFor(AccessibleChild child, TeamRole role, UUID userId) {
    if (role.needsConsent()) {
      return ConsentStatus.PENDING;
    }
    if (userId == null) {
      return ConsentStatus.NOT_NEEDED;
    }
    CurrentUser person = accounts.findById(userId).orElseThrow(NotFound::error);
    Child record = children.findById(child.id()).orElseThrow(NotFound::error);
    if (!rule.mayHoldWithoutConsent(role, person, record)) {
      String which = role.kind() == TeamRole.Kind.SCHOOL ? "SCHOOL" : role.name();
      throw ValidationProblem.of("role", "child.team.error.roleNeedsConsent." + which);
    }
    return ConsentStatus.NOT_NEEDED;
  }

  /**
   * The consent after a change of role or person: the same person in another outside role keeps the
   * consent the family gave; another person, or an outside role that did not need it before, waits
   * for consent again.
   */
  ConsentStatus consentAfterChange(
      AccessibleChild child, TeamMember member, TeamRole role, UUID userId) {
    ConsentStatus fresh = consentFor(child, role, userId);
    boolean samePerson = Objects.equals(userId, member.userId());
    if (fresh == ConsentStatus.PENDING
        && samePerson
        && member.consent() != ConsentStatus.NOT_NEEDED) {
      return member.consent();
    }
    return fresh;
  }

  void notAlreadyOnTeam(AccessibleChild child, UUID userId, UUID exceptMemberId) {
    LocalDate today = LocalDate.now(clock);
    if (userId != null
        && members.findByUserId(userId).stream()
            .anyMatch(
                m ->
                    m.childId().equals(child.id())
                        && !m.id().equals(exceptMemberId)
                        && m.isCurrentOn(today))) {
      throw ValidationProblem.of("userId", "child.team.error.alreadyOnTeam");
    }
  }

  TeamMemberDetails checked(TeamMemberDetails d, boolean adding) {
    List<FieldMessage> problems = new ArrayList<>();
    String name = TextRules.tidy(d.name());
    if (d.userId() != null && accounts.findById(d.userId()).isEmpty()) {
      problems.add(new FieldMessage("userId", "child.team.error.noSuchPerson"));
    } else if (name == null && d.userId() != null) {
      name = accounts.findById(d.userId()).map(CurrentUser::displayName).orElse(null);
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
    String commitment = TextRules.tidy(d.commitment());
    if (commitment != null && commitment.length() > 2000) {
      problems.add(new FieldMessage("commitment", "child.team.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    return new TeamMemberDetails(
        d.userId(), name, d.role(), TextRules.tidy(d.organisation()), start, d.endOn(), commitment);
  }
}

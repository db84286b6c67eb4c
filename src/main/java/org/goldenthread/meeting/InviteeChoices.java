package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ConsentStatus;
import org.goldenthread.child.Permission;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.family.Families;
import org.goldenthread.family.FamilyAddressee;
import org.goldenthread.family.FamilyLetters;
import org.goldenthread.family.FamilyMemberView;
import org.goldenthread.identity.Accounts;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * Who may be invited to a child's meeting (and own its actions): the family members with an account
 * whose information is not limited, and the current team members with an account who may see the
 * child (an outside professional only once consent is given). Parents with parental responsibility
 * are always invited (those with no account yet by email, see {@link #byEmail}), and so is the
 * organiser while they may see the child. Someone invited before who may no longer see the child
 * (consent withdrawn, left the team, information limited) drops off the invitees when the meeting
 * next changes, without an error.
 */
@Component
class InviteeChoices {

  static final String PARENT_ROLE = "PARENT_CARER";

  private final Families families;
  private final Teams teams;
  private final ChildAccess access;
  private final Accounts accounts;
  private final FamilyLetters letters;

  InviteeChoices(
      Families families,
      Teams teams,
      ChildAccess access,
      Accounts accounts,
      FamilyLetters letters) {
    this.families = families;
    this.teams = teams;
    this.access = access;
    this.accounts = accounts;
    this.letters = letters;
  }

  List<Invitable> of(AccessibleChild child) {
    Map<UUID, Invitable> people = new LinkedHashMap<>();
    for (FamilyMemberView member : families.members(child)) {
      if (member.userId() != null && !member.informationLimited()) {
        people.putIfAbsent(
            member.userId(),
            new Invitable(
                member.userId(), member.name(), PARENT_ROLE, member.parentalResponsibility()));
      }
    }
    for (TeamMemberView member : teams.current(child)) {
      boolean mayKnow =
          member.consent() == ConsentStatus.NOT_NEEDED || member.consent() == ConsentStatus.GIVEN;
      if (member.userId() != null && mayKnow) {
        people.putIfAbsent(
            member.userId(),
            new Invitable(member.userId(), member.name(), member.role().name(), false));
      }
    }
    return List.copyOf(people.values());
  }

  /**
   * The invitees of a meeting: the organiser first (while they may see the child), then the
   * parents, then whoever else is named, in the order named. Someone named who is not a choice but
   * was {@code already} invited stays while they may see the child (the organiser of an earlier
   * meeting, say) and is left out once they may not.
   *
   * @throws ValidationProblem when someone named may not be invited
   */
  List<Invitee> invitees(
      AccessibleChild child,
      UUID organiserId,
      String organiserName,
      List<UUID> named,
      List<Invitee> already) {
    List<Invitable> choices = of(child);
    Map<UUID, Invitee> invited = new LinkedHashMap<>();
    if (organiserId.equals(child.user().id()) || maySee(organiserId, child.id())) {
      Invitable self = find(choices, organiserId);
      invited.put(
          organiserId, new Invitee(organiserId, organiserName, self != null && parent(self)));
    }
    for (Invitable choice : choices) {
      if (choice.alwaysInvited()) {
        invited.putIfAbsent(choice.userId(), invitee(choice));
      }
    }
    List<UUID> unknown = new ArrayList<>();
    for (UUID id : named == null ? List.<UUID>of() : named) {
      Invitable choice = find(choices, id);
      Invitee before = already.stream().filter(i -> i.userId().equals(id)).findFirst().orElse(null);
      if (choice != null) {
        invited.putIfAbsent(id, invitee(choice));
      } else if (before != null) {
        if (!invited.containsKey(id) && maySee(id, child.id())) {
          invited.put(id, before);
        }
      } else if (!id.equals(organiserId)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw ValidationProblem.of("inviteeIds", "meeting.error.invitee");
    }
    return List.copyOf(invited.values());
  }

  /**
   * The parents invited by email: parental responsibility, no limit and no account yet. They are
   * not invitees (who have accounts), but every letter about the meeting goes to them.
   */
  List<String> byEmail(AccessibleChild child) {
    if (!child.can(Permission.READ_FAMILY)) {
      return List.of();
    }
    return letters.parents(child.id()).stream()
        .filter(parent -> parent.userId() == null && parent.email() != null)
        .map(FamilyAddressee::name)
        .toList();
  }

  /** Whether the person may see the child now, through the child's door. */
  boolean maySee(UUID userId, UUID childId) {
    return accounts.findById(userId).flatMap(user -> access.grant(user, childId)).isPresent();
  }

  private static Invitee invitee(Invitable choice) {
    return new Invitee(choice.userId(), choice.name(), parent(choice));
  }

  private static boolean parent(Invitable choice) {
    return PARENT_ROLE.equals(choice.role()) || TeamRole.PARENT_CARER.name().equals(choice.role());
  }

  private static Invitable find(List<Invitable> choices, UUID id) {
    return choices.stream().filter(c -> c.userId().equals(id)).findFirst().orElse(null);
  }
}

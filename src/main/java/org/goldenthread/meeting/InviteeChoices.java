package org.goldenthread.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ConsentStatus;
import org.goldenthread.child.Families;
import org.goldenthread.child.FamilyMemberView;
import org.goldenthread.child.TeamMemberView;
import org.goldenthread.child.TeamRole;
import org.goldenthread.child.Teams;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * Who may be invited to a child's meeting (and own its actions): the family members with an account
 * whose information is not limited, and the current team members with an account who may see the
 * child (an outside professional only once consent is given). Parents with parental responsibility
 * are always invited, and so is the organiser.
 */
@Component
class InviteeChoices {

  static final String PARENT_ROLE = "PARENT_CARER";

  private final Families families;
  private final Teams teams;

  InviteeChoices(Families families, Teams teams) {
    this.families = families;
    this.teams = teams;
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
   * The invitees of a meeting: the organiser first, then the parents, then whoever else is named,
   * in the order named.
   *
   * @throws ValidationProblem when someone named may not be invited
   */
  List<Invitee> invitees(
      AccessibleChild child, UUID organiserId, String organiserName, List<UUID> named) {
    List<Invitable> choices = of(child);
    Map<UUID, Invitee> invited = new LinkedHashMap<>();
    Invitable self = find(choices, organiserId);
    invited.put(organiserId, new Invitee(organiserId, organiserName, self != null && parent(self)));
    for (Invitable choice : choices) {
      if (choice.alwaysInvited()) {
        invited.putIfAbsent(choice.userId(), invitee(choice));
      }
    }
    List<UUID> unknown = new ArrayList<>();
    for (UUID id : named == null ? List.<UUID>of() : named) {
      Invitable choice = find(choices, id);
      if (choice == null && !id.equals(organiserId)) {
        unknown.add(id);
      } else if (choice != null) {
        invited.putIfAbsent(id, invitee(choice));
      }
    }
    if (!unknown.isEmpty()) {
      throw ValidationProblem.of("inviteeIds", "meeting.error.invitee");
    }
    return List.copyOf(invited.values());
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

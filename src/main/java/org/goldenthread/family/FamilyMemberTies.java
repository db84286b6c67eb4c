package org.goldenthread.family;

import java.util.List;
import java.util.UUID;
import org.goldenthread.child.FamilyTie;
import org.goldenthread.child.FamilyTies;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's door learns here which family entries a person has: read from the family record
 * afresh on every call, in one query, so that a limit recorded a moment ago shuts the door at once.
 */
@Component
@Transactional(readOnly = true)
class FamilyMemberTies implements FamilyTies {

  private final FamilyMemberRepository members;

  FamilyMemberTies(FamilyMemberRepository members) {
    this.members = members;
  }

  @Override
  public List<FamilyTie> of(UUID userId) {
    return members.findByUserId(userId).stream()
        .map(
            member ->
                new FamilyTie(
                    member.childId(), member.parentalResponsibility(), member.informationLimited()))
        .toList();
  }
}

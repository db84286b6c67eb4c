package org.goldenthread.family;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.InvitationRefused;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.Invitations.IssuedInvitation;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family as letters about a child reach it, for mail sent after the event with no one signed
 * in: who is on the family record as it is at that moment, and, for someone known there only by
 * their email address, a link to create their account that links it to their entry when they follow
 * it (the family invitation, as {@link Families#invite} sends it). Someone taken off the record, or
 * on whom a limit is recorded, is not found here for the letters that follow.
 */
@Service
@Transactional(readOnly = true)
public class FamilyLetters {

  private final FamilyMemberRepository members;
  private final FamilyInvitationRepository invitationLinks;
  private final Invitations invitations;

  FamilyLetters(
      FamilyMemberRepository members,
      FamilyInvitationRepository invitationLinks,
      Invitations invitations) {
    this.members = members;
    this.invitationLinks = invitationLinks;
    this.invitations = invitations;
  }

  /**
   * Everyone on the child's record sent every letter about the child's meetings: parental
   * responsibility and no limit, with an account or not.
   */
  public List<FamilyAddressee> parents(UUID childId) {
    return members.findByChildIdOrderByName(childId).stream()
        .map(FamilyLetters::addressee)
        .filter(FamilyAddressee::informedAsParent)
        .toList();
  }

  /** The member as they stand on the child's record now; empty once they are off it. */
  public Optional<FamilyAddressee> member(UUID childId, UUID memberId) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(childId))
        .map(FamilyLetters::addressee);
  }

  /**
   * A link for a member with no account yet to create one, valid for seven days, sent by {@code
   * invitedBy} (who grants the account its place on the record). Empty when the member has an
   * account already, has no address, is off the record, or the address is the sender's own.
   */
  @Transactional
  public Optional<AccountLink> accountLink(UUID childId, UUID memberId, UUID invitedBy) {
    return members
        .findById(memberId)
        .filter(member -> member.childId().equals(childId))
        .filter(member -> member.userId() == null && member.email() != null)
        .flatMap(
            member -> {
              try {
                return Optional.of(linkOf(issue(member, invitedBy)));
              } catch (InvitationRefused refused) {
                return Optional.empty();
              }
            });
  }

  /**
   * The family invitation: a link for the member, remembered so that accepting it links them. No
   * email goes out for it here: the link travels in the caller's letter.
   */
  IssuedInvitation issue(FamilyMember member, UUID invitedBy) {
    IssuedInvitation issued =
        invitations.issue(
            new NewInvitation(member.email(), member.name(), Role.PARENT, null), invitedBy);
    invitationLinks.save(
        new FamilyInvitation(issued.invitation().id(), member.childId(), member.id()));
    return issued;
  }

  static AccountLink linkOf(IssuedInvitation issued) {
    return new AccountLink(issued.link(), issued.invitation().expiresAt());
  }

  private static FamilyAddressee addressee(FamilyMember member) {
    return new FamilyAddressee(
        member.id(),
        member.userId(),
        member.name(),
        member.email(),
        member.parentalResponsibility(),
        member.informationLimited(),
        member.preferredLanguage());
  }
}

package org.goldenthread.identity;

import java.util.List;
import java.util.UUID;

/**
 * Invitations by single-use link: the invitee follows it within 7 days and sets a password (or, if
 * they already have an account, gains the new role).
 */
public interface Invitations {

  /**
   * Sends an invitation by email.
   *
   * @throws InvitationRefused when the email is malformed or is the inviter's own, the role needs
   *     an organisation that is missing (or has one it should not), or the person already holds
   *     that role there
   */
  InvitationSummary invite(NewInvitation invitation, UUID invitedBy);

  /**
   * Makes an invitation as {@link #invite} does, but sends no email: the link is answered for the
   * caller to put in a letter of its own (a family invitation that names the child, a meeting's
   * letter to a parent with no account yet). The link is a secret: never log or store it.
   *
   * @throws InvitationRefused as {@link #invite} does
   */
  IssuedInvitation issue(NewInvitation invitation, UUID invitedBy);

  /** An invitation and its single-use link, valid until the invitation expires. */
  record IssuedInvitation(InvitationSummary invitation, String link) {

    @Override
    public String toString() {
      return "IssuedInvitation[" + invitation.id() + ", link=(secret)]";
    }
  }

  /** The newest invitations first, at most {@code limit}. */
  List<InvitationSummary> recent(int limit);
}

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

  /** The newest invitations first, at most {@code limit}. */
  List<InvitationSummary> recent(int limit);
}

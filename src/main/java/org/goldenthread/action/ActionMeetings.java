package org.goldenthread.action;

import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;

/**
 * The meeting an action is agreed at, as the actions need it: the one port of this module, which
 * {@code meeting} implements, so that actions never import meetings (the way {@code
 * child.FamilyTies} keeps the child from knowing the family).
 */
public interface ActionMeetings {

  /**
   * The child's meeting, as the person the child's door opened it to sees it.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it is not a meeting of the
   *     child
   */
  ActionMeeting of(AccessibleChild child, UUID meetingId);

  /**
   * The same, locked until the transaction ends, to agree an action at it: an action agreed while
   * the meeting closes waits for the closing and then finds it closed.
   */
  ActionMeeting forAgreeing(AccessibleChild child, UUID meetingId);

  /**
   * The name of someone who may own an action of the meeting (invited to it and still able to see
   * the child, or a parent or team member who could be invited), or empty.
   */
  Optional<String> ownerName(AccessibleChild child, UUID meetingId, UUID ownerId);
}

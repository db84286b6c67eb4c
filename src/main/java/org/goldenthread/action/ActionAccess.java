package org.goldenthread.action;

import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The door for actions, which live outside {@code /children/{childId}}: an action is opened through
 * its child's door ({@link ChildAccess}), so the same rules hold: an action of a child someone may
 * not see does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class ActionAccess {

  private final AgreedActionRepository actions;
  private final ChildAccess access;

  ActionAccess(AgreedActionRepository actions, ChildAccess access) {
    this.actions = actions;
    this.access = access;
  }

  /**
   * The action, for a person who may see its child.
   *
   * @throws ErrorResponseException 404 when there is no such action or its child is not visible
   */
  public AccessibleAction open(CurrentUser user, UUID actionId) {
    if (user == null || actionId == null) {
      throw NotFound.error();
    }
    AgreedAction action = actions.findById(actionId).orElseThrow(NotFound::error);
    return new AccessibleAction(
        action.id(), action.meetingId(), access.open(user, action.childId()));
  }

  /** The 403 for someone who may see the action's meeting but not do this with the action. */
  static ErrorResponseException forbidden() {
    return ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.meetingForbidden");
  }
}

package org.goldenthread.action;

import org.goldenthread.web.PageForms;

/** Where an action stands, as chosen: still to do, done, or dropped with the reason. */
record ActionStatusForm(String status, String reason, Long version) {

  static ActionStatusForm of(ActionView action) {
    return new ActionStatusForm(action.status().name(), action.reason(), action.version());
  }

  ActionUpdate update() {
    ActionStatus chosen = PageForms.choice(ActionStatus.class, status);
    return ActionUpdate.status(chosen, chosen == ActionStatus.DROPPED ? reason : null);
  }
}

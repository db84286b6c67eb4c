package org.goldenthread.meeting;

import org.goldenthread.action.ActionInput;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;
import org.springframework.validation.BindingResult;

/** An action agreed at a meeting, as typed: what, who (one owner) and by when. */
record ActionForm(String description, String ownerId, DateInput dueOn) {

  static ActionForm empty() {
    return new ActionForm(null, null, DateInput.empty());
  }

  /** The action; a due date that is not a real date is rejected beside its boxes. */
  ActionInput input(BindingResult binding) {
    PageForms.rejectUnreadableDate(binding, "dueOn", dueOn, "meeting.form.error.date.real");
    return new ActionInput(
        description,
        PageForms.id(ownerId),
        dueOn == null ? null : dueOn.toLocalDate().orElse(null));
  }
}

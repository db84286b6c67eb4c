package org.goldenthread.statutory;

import org.goldenthread.deadline.AllowedException;
import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;

/** The page's form for one step of an assessment, kept as typed; each kind uses its own fields. */
record StepForm(
    DateInput on,
    String assess,
    String adviser,
    String adviceId,
    String reason,
    String note,
    Long version) {

  StepForm {
    on = on == null ? DateInput.empty() : on;
  }

  static StepForm empty(long version) {
    return new StepForm(DateInput.empty(), null, null, null, null, null, version);
  }

  /** The milestone typed (a date that does not read is rejected on the form first). */
  MilestoneInput input(MilestoneKind kind) {
    return new MilestoneInput(
        kind,
        on.toLocalDate().orElse(null),
        PageForms.yesNo(assess),
        adviser,
        PageForms.id(adviceId),
        PageForms.choice(AllowedException.Reason.class, reason),
        note);
  }
}

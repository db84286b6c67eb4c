package org.goldenthread.disagreement;

import org.goldenthread.web.DateInput;
import org.goldenthread.web.PageForms;
import org.springframework.validation.BindingResult;

/** The page's form for a stage, kept as typed, with the version of the disagreement read. */
record StageForm(
    String stage,
    DateInput startedOn,
    DateInput certificateOn,
    String asked,
    String answered,
    String outcome,
    Boolean settles,
    Long version) {

  static StageForm empty(long version) {
    return new StageForm(
        null, DateInput.empty(), DateInput.empty(), null, null, null, null, version);
  }

  /** What was entered; a date that is not a real one is rejected beside its field. */
  StageInput input(BindingResult binding) {
    PageForms.rejectUnreadableDate(binding, "startedOn", startedOn, "disagreement.error.dateReal");
    PageForms.rejectUnreadableDate(
        binding, "certificateOn", certificateOn, "disagreement.error.dateReal");
    return new StageInput(
        PageForms.choice(StageKind.class, stage),
        startedOn == null ? null : startedOn.toLocalDate().orElse(null),
        certificateOn == null ? null : certificateOn.toLocalDate().orElse(null),
        asked,
        answered,
        outcome,
        Boolean.TRUE.equals(settles));
  }
}

package org.goldenthread.plan;

import java.util.List;
import org.goldenthread.web.DateInput;

/** The form of an outcome, as typed; its status is shown only when changing one. */
record OutcomeForm(
    String text,
    String successCriteria,
    DateInput targetDate,
    String status,
    Boolean writtenWithFamily,
    List<String> needIds,
    List<String> provisionIds)
    implements ItemForm {

  static OutcomeForm linkedTo(List<String> needIds, List<String> provisionIds) {
    return new OutcomeForm(null, null, DateInput.empty(), null, null, needIds, provisionIds);
  }

  static OutcomeForm of(OutcomeView o) {
    return new OutcomeForm(
        o.text(),
        o.successCriteria(),
        DateInput.of(o.targetDate()),
        ItemForm.choice(o.status()),
        o.writtenWithFamily(),
        ItemForm.ids(o.needIds()),
        ItemForm.ids(o.provisionIds()));
  }

  @Override
  public ItemInput input(FormReader read) {
    return new ItemInput.Outcome(
        text,
        successCriteria,
        read.date("targetDate", targetDate),
        read.choice(OutcomeStatus.class, status),
        writtenWithFamily,
        read.ids(needIds),
        read.ids(provisionIds));
  }
}

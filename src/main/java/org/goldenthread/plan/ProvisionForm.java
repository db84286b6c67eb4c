package org.goldenthread.plan;

import java.util.List;
import org.goldenthread.web.DateInput;

/** The form of a piece of provision, as typed: its numbers too, so that "two" is kept. */
record ProvisionForm(
    String description,
    String deliveredByRole,
    String deliveredBy,
    String sessionsPerWeek,
    String minutesPerSession,
    String groupSize,
    DateInput startDate,
    DateInput endDate,
    List<String> outcomeIds)
    implements ItemForm {

  static ProvisionForm linkedTo(List<String> outcomeIds) {
    DateInput none = DateInput.empty();
    return new ProvisionForm(null, null, null, null, null, null, none, none, outcomeIds);
  }

  static ProvisionForm of(ProvisionView p) {
    return new ProvisionForm(
        p.description(),
        ItemForm.choice(p.deliveredByRole()),
        p.deliveredBy(),
        Integer.toString(p.sessionsPerWeek()),
        Integer.toString(p.minutesPerSession()),
        Integer.toString(p.groupSize()),
        DateInput.of(p.startDate()),
        DateInput.of(p.endDate()),
        ItemForm.ids(p.outcomeIds()));
  }

  @Override
  public ItemInput input(FormReader read) {
    return new ItemInput.Provision(
        description,
        read.choice(DelivererRole.class, deliveredByRole),
        deliveredBy,
        read.whole("sessionsPerWeek", sessionsPerWeek),
        read.whole("minutesPerSession", minutesPerSession),
        read.whole("groupSize", groupSize),
        read.date("startDate", startDate),
        read.date("endDate", endDate),
        read.ids(outcomeIds));
  }
}

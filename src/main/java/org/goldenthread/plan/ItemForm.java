package org.goldenthread.plan;

import java.util.List;
import java.util.UUID;
import org.goldenthread.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * The form of a plan item of any kind, kept as typed so that nothing is lost when it is shown
 * again: each kind's page uses its own fields. A list of links the page did not show is null, and
 * leaves the item's links as they are; a list shown with nothing ticked is empty.
 */
record ItemForm(
    String text,
    String voice,
    String area,
    String successCriteria,
    DateInput targetDate,
    String status,
    Boolean writtenWithFamily,
    String description,
    String deliveredByRole,
    String deliveredBy,
    String sessionsPerWeek,
    String minutesPerSession,
    String groupSize,
    DateInput startDate,
    DateInput endDate,
    String usedAt,
    List<String> aspirationIds,
    List<String> needIds,
    List<String> outcomeIds,
    List<String> provisionIds,
    Long version) {

  /** A new item, linked to the items a mend link names ({@code ?needIds=…}). */
  static ItemForm linkedTo(
      List<String> aspirationIds,
      List<String> needIds,
      List<String> outcomeIds,
      List<String> provisionIds) {
    return new ItemForm(
        null,
        null,
        null,
        null,
        DateInput.empty(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        DateInput.empty(),
        DateInput.empty(),
        null,
        aspirationIds,
        needIds,
        outcomeIds,
        provisionIds,
        null);
  }

  /** The form showing an item as it is saved. */
  static ItemForm of(PlanItem item) {
    ItemForm none = linkedTo(null, null, null, null);
    if (item instanceof AspirationView a) {
      return none.with(a.text(), name(a.voice()), null, null)
          .links(null, strings(a.needIds()), null, null, a.version());
    }
    if (item instanceof NeedView n) {
      return none.with(n.text(), null, name(n.area()), null)
          .links(strings(n.aspirationIds()), null, strings(n.outcomeIds()), null, n.version());
    }
    if (item instanceof OutcomeView o) {
      return new ItemForm(
          o.text(),
          null,
          null,
          o.successCriteria(),
          DateInput.of(o.targetDate()),
          name(o.status()),
          o.writtenWithFamily(),
          null,
          null,
          null,
          null,
          null,
          null,
          DateInput.empty(),
          DateInput.empty(),
          null,
          null,
          strings(o.needIds()),
          null,
          strings(o.provisionIds()),
          o.version());
    }
    if (item instanceof ProvisionView p) {
      return new ItemForm(
          null,
          null,
          null,
          null,
          DateInput.empty(),
          null,
          null,
          p.description(),
          name(p.deliveredByRole()),
          p.deliveredBy(),
          Integer.toString(p.sessionsPerWeek()),
          Integer.toString(p.minutesPerSession()),
          Integer.toString(p.groupSize()),
          DateInput.of(p.startDate()),
          DateInput.of(p.endDate()),
          null,
          null,
          null,
          strings(p.outcomeIds()),
          null,
          p.version());
    }
    StrategyView s = (StrategyView) item;
    return none.with(s.text(), null, null, name(s.usedAt())).withVersion(s.version());
  }

  /** What was typed, to save again over this version (after an edit conflict). */
  ItemForm withVersion(long newVersion) {
    return new ItemForm(
        text,
        voice,
        area,
        successCriteria,
        targetDate,
        status,
        writtenWithFamily,
        description,
        deliveredByRole,
        deliveredBy,
        sessionsPerWeek,
        minutesPerSession,
        groupSize,
        startDate,
        endDate,
        usedAt,
        aspirationIds,
        needIds,
        outcomeIds,
        provisionIds,
        newVersion);
  }

  /**
   * The item as entered, for this kind. What cannot be read (a number that is not one, a date that
   * is not real) is rejected on its field and left out, so that the service finds the rest.
   */
  ItemInput input(PlanItemKind kind, BindingResult binding) {
    FormReader read = new FormReader(binding);
    return switch (kind) {
      case ASPIRATIONS ->
          new ItemInput.Aspiration(text, read.choice(Voice.class, voice), read.ids(needIds));
      case NEEDS ->
          new ItemInput.Need(
              text,
              read.choice(AreaOfNeed.class, area),
              read.ids(aspirationIds),
              read.ids(outcomeIds));
      case OUTCOMES ->
          new ItemInput.Outcome(
              text,
              successCriteria,
              read.date("targetDate", targetDate),
              read.choice(OutcomeStatus.class, status),
              writtenWithFamily,
              read.ids(needIds),
              read.ids(provisionIds));
      case PROVISIONS ->
          new ItemInput.Provision(
              description,
              read.choice(DelivererRole.class, deliveredByRole),
              deliveredBy,
              read.whole("sessionsPerWeek", sessionsPerWeek),
              read.whole("minutesPerSession", minutesPerSession),
              read.whole("groupSize", groupSize),
              read.date("startDate", startDate),
              read.date("endDate", endDate),
              read.ids(outcomeIds));
      case STRATEGIES -> new ItemInput.Strategy(text, read.choice(UsedAt.class, usedAt));
    };
  }

  private ItemForm with(String newText, String newVoice, String newArea, String newUsedAt) {
    return new ItemForm(
        newText,
        newVoice,
        newArea,
        successCriteria,
        targetDate,
        status,
        writtenWithFamily,
        description,
        deliveredByRole,
        deliveredBy,
        sessionsPerWeek,
        minutesPerSession,
        groupSize,
        startDate,
        endDate,
        newUsedAt,
        aspirationIds,
        needIds,
        outcomeIds,
        provisionIds,
        version);
  }

  private ItemForm links(
      List<String> aspirations,
      List<String> needs,
      List<String> outcomes,
      List<String> provisions,
      long newVersion) {
    return new ItemForm(
        text,
        voice,
        area,
        successCriteria,
        targetDate,
        status,
        writtenWithFamily,
        description,
        deliveredByRole,
        deliveredBy,
        sessionsPerWeek,
        minutesPerSession,
        groupSize,
        startDate,
        endDate,
        usedAt,
        aspirations,
        needs,
        outcomes,
        provisions,
        newVersion);
  }

  private static List<String> strings(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}

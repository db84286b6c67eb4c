package org.goldenthread.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * Tidies what was entered for an item (spaces trimmed, blank is empty, repeated links once) and
 * checks it: the words and choices each kind needs, sensible numbers, dates in order, and links
 * only to items of the same plan.
 */
final class ItemRules {

  static final int MAX_TEXT = 2000;
  static final int MAX_SESSIONS_PER_WEEK = 50;
  static final int MAX_MINUTES_PER_SESSION = 600;
  static final int MAX_GROUP_SIZE = 100;

  private final List<FieldMessage> problems = new ArrayList<>();
  private final Function<PlanItemKind, Set<UUID>> plan;

  private ItemRules(Function<PlanItemKind, Set<UUID>> plan) {
    this.plan = plan;
  }

  /**
   * The input tidied, when it keeps every rule.
   *
   * @param plan the ids of the plan's items of each kind, that links may point to
   * @throws ValidationProblem listing every field that breaks a rule
   */
  static ItemInput checked(ItemInput input, Function<PlanItemKind, Set<UUID>> plan) {
    ItemRules rules = new ItemRules(plan);
    ItemInput tidy = rules.check(input);
    if (!rules.problems.isEmpty()) {
      throw new ValidationProblem(rules.problems);
    }
    return tidy;
  }

  private ItemInput check(ItemInput input) {
    if (input instanceof ItemInput.Aspiration a) {
      return new ItemInput.Aspiration(
          text("text", a.text(), "plan.error.aspiration.text"),
          required("voice", a.voice(), "plan.error.voice"),
          links("needIds", a.needIds(), PlanItemKind.NEEDS));
    }
    if (input instanceof ItemInput.Need n) {
      return new ItemInput.Need(
          text("text", n.text(), "plan.error.need.text"),
          required("area", n.area(), "plan.error.area"),
          links("aspirationIds", n.aspirationIds(), PlanItemKind.ASPIRATIONS),
          links("outcomeIds", n.outcomeIds(), PlanItemKind.OUTCOMES));
    }
    if (input instanceof ItemInput.Outcome o) {
      return new ItemInput.Outcome(
          text("text", o.text(), "plan.error.outcome.text"),
          optionalText("successCriteria", o.successCriteria()),
          o.targetDate(),
          o.status(),
          o.writtenWithFamily(),
          links("needIds", o.needIds(), PlanItemKind.NEEDS),
          links("provisionIds", o.provisionIds(), PlanItemKind.PROVISIONS));
    }
    if (input instanceof ItemInput.Provision p) {
      return provision(p);
    }
    ItemInput.Strategy s = (ItemInput.Strategy) input;
    return new ItemInput.Strategy(
        text("text", s.text(), "plan.error.strategy.text"),
        required("usedAt", s.usedAt(), "plan.error.usedAt"));
  }

  private ItemInput.Provision provision(ItemInput.Provision p) {
    LocalDate start = p.startDate();
    LocalDate end = p.endDate();
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new FieldMessage("endDate", "plan.error.endBeforeStart"));
    }
    return new ItemInput.Provision(
        text("description", p.description(), "plan.error.provision.description"),
        p.deliveredByRole(),
        optionalText("deliveredBy", p.deliveredBy()),
        whole("sessionsPerWeek", p.sessionsPerWeek(), 1, MAX_SESSIONS_PER_WEEK),
        whole("minutesPerSession", p.minutesPerSession(), 1, MAX_MINUTES_PER_SESSION),
        p.groupSize() == null
            ? Integer.valueOf(1)
            : whole("groupSize", p.groupSize(), 1, MAX_GROUP_SIZE),
        start,
        end,
        links("outcomeIds", p.outcomeIds(), PlanItemKind.OUTCOMES));
  }

  private String text(String field, String value, String missing) {
    String tidy = TextRules.tidy(value);
    if (tidy == null) {
      problems.add(new FieldMessage(field, missing));
    } else if (tidy.length() > MAX_TEXT) {
      problems.add(new FieldMessage(field, "plan.error.tooLong"));
    }
    return tidy;
  }

  private String optionalText(String field, String value) {
    String tidy = TextRules.tidy(value);
    if (tidy != null && tidy.length() > MAX_TEXT) {
      problems.add(new FieldMessage(field, "plan.error.tooLong"));
    }
    return tidy;
  }

  private <T> T required(String field, T value, String missing) {
    if (value == null) {
      problems.add(new FieldMessage(field, missing));
    }
    return value;
  }

  private Integer whole(String field, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      problems.add(new FieldMessage(field, "plan.error." + field));
    }
    return value;
  }

  private List<UUID> links(String field, List<UUID> ids, PlanItemKind kind) {
    if (ids == null) {
      return null;
    }
    List<UUID> distinct = ids.stream().filter(id -> id != null).distinct().toList();
    if (!plan.apply(kind).containsAll(distinct)) {
      problems.add(new FieldMessage(field, "plan.error.link"));
    }
    return distinct;
  }
}

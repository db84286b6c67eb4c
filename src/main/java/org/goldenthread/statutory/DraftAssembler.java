package org.goldenthread.statutory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.PlanItem;
import org.goldenthread.plan.PlanView;

/**
 * Puts a draft EHC plan together from what is read: the child's record, the golden thread plan, the
 * one-page profile and the assessment's milestones. It never adds words of its own: a section with
 * nothing recorded stays empty.
 */
final class DraftAssembler {

  private DraftAssembler() {}

  /** What a draft is made from, read in one go. */
  record Sources(
      ChildSummary child,
      SchoolPhase schoolType,
      PlanView plan,
      List<ProfileSectionView> profile,
      AssessmentView assessment) {}

  static DraftPlan assemble(Sources sources) {
    PlanView plan = sources.plan();
    Map<UUID, String> words = words(plan);
    return new DraftPlan(
        sources.child(),
        sources.schoolType(),
        sources.assessment(),
        new DraftPlan.Views(
            plan.aspirations(),
            sources.profile().stream()
                .filter(section -> section.text() != null && !section.text().isBlank())
                .toList(),
            plan.comments().stream()
                .filter(c -> c.family() && words.containsKey(c.itemId()))
                .map(
                    c ->
                        new DraftPlan.FamilyComment(
                            c.authorName(), c.text(), words.get(c.itemId()), c.at()))
                .toList()),
        needs(plan),
        plan.outcomes().stream()
            .map(o -> new DraftPlan.DraftOutcome(o, texts(o.needIds(), words)))
            .toList(),
        plan.provisions().stream()
            .map(
                p ->
                    new DraftPlan.DraftProvision(
                        p, texts(p.outcomeIds(), words), SpecificProvision.missing(p)))
            .toList(),
        plan.strategies(),
        advice(sources.assessment()),
        plan.version());
  }

  /** The needs by broad area, the areas in the Code of Practice's order, empty areas left out. */
  private static List<DraftPlan.NeedArea> needs(PlanView plan) {
    Map<AreaOfNeed, List<String>> byArea = new LinkedHashMap<>();
    Arrays.stream(AreaOfNeed.values()).forEach(area -> byArea.put(area, new ArrayList<>()));
    plan.needs().forEach(need -> byArea.get(need.area()).add(need.text()));
    return byArea.entrySet().stream()
        .filter(entry -> !entry.getValue().isEmpty())
        .map(entry -> new DraftPlan.NeedArea(entry.getKey(), List.copyOf(entry.getValue())))
        .toList();
  }

  /** Each request for advice in the order asked, with the day its advice came, if it has. */
  private static List<DraftPlan.Advice> advice(AssessmentView assessment) {
    Map<UUID, Milestone> received = new LinkedHashMap<>();
    assessment.events().stream()
        .filter(e -> e.kind() == MilestoneKind.ADVICE_RECEIVED && e.adviceId() != null)
        .forEach(e -> received.put(e.adviceId(), e));
    return assessment.events().stream()
        .filter(e -> e.kind() == MilestoneKind.ADVICE_REQUESTED)
        .map(
            asked -> {
              Milestone came = received.get(asked.id());
              return new DraftPlan.Advice(
                  asked.adviser(), asked.on(), came == null ? null : came.on());
            })
        .toList();
  }

  private static Map<UUID, String> words(PlanView plan) {
    Map<UUID, String> words = new LinkedHashMap<>();
    Stream.of(
            plan.aspirations(), plan.needs(), plan.outcomes(), plan.provisions(), plan.strategies())
        .flatMap(List::stream)
        .map(PlanItem.class::cast)
        .forEach(item -> words.put(item.id(), item.words()));
    return words;
  }

  private static List<String> texts(List<UUID> ids, Map<UUID, String> words) {
    return ids.stream().map(words::get).filter(Objects::nonNull).toList();
  }
}

package org.goldenthread.statutory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildViews;
import org.goldenthread.child.ProfileSectionKind;
import org.goldenthread.child.ProfileSectionView;
import org.goldenthread.organisation.SchoolPhase;
import org.goldenthread.plan.AreaOfNeed;
import org.goldenthread.plan.AspirationView;
import org.goldenthread.plan.CommentView;
import org.goldenthread.plan.DelivererRole;
import org.goldenthread.plan.NeedView;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Participation;
import org.goldenthread.plan.PlanItemKind;
import org.goldenthread.plan.PlanView;
import org.goldenthread.plan.ProvisionFigures;
import org.goldenthread.plan.ProvisionView;
import org.goldenthread.plan.StrategyView;
import org.goldenthread.plan.UsedAt;
import org.goldenthread.plan.Voice;

/**
 * What a draft EHC plan is made from, for the statutory tests: Sarah's plan with two aspirations,
 * needs in two areas, two outcomes, one specific provision and one that names no therapist, a
 * strategy, a comment by her mother and one by the SENCO; her profile; her assessment with the
 * educational psychology advice received and speech and language advice awaited.
 */
final class DraftSources {

  static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  private DraftSources() {}

  static DraftAssembler.Sources full(AccessibleChild child) {
    return new DraftAssembler.Sources(
        ChildViews.record(child),
        SchoolPhase.SECONDARY,
        plan(child),
        List.of(
            section(ProfileSectionKind.LIKE_AND_ADMIRE, "Kind, funny and a brilliant artist."),
            section(ProfileSectionKind.IMPORTANT_TO_ME, null),
            section(ProfileSectionKind.HOW_I_COMMUNICATE, "Give me time to answer.")),
        withAdvice(child));
  }

  /** A child with nothing in the plan or profile, and an assessment just requested. */
  static DraftAssembler.Sources empty(AccessibleChild child) {
    AssessmentView assessing = AssessmentViews.assessing(child);
    return new DraftAssembler.Sources(
        ChildViews.record(child),
        null,
        new PlanView(
            child.id(),
            0,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Participation.INFORMED,
            "",
            new ProvisionFigures.Totals(0, BigDecimal.ZERO),
            null,
            List.of()),
        List.of(section(ProfileSectionKind.LIKE_AND_ADMIRE, null)),
        new AssessmentView(
            assessing.id(),
            child.id(),
            assessing.requestedOn(),
            RequestedBy.PARENT,
            AssessmentStatus.REQUESTED,
            List.of(),
            List.of(),
            0));
  }

  static PlanView plan(AccessibleChild child) {
    UUID friendsHope = UUID.randomUUID();
    UUID language = UUID.randomUUID();
    UUID worries = UUID.randomUUID();
    UUID friends = UUID.randomUUID();
    UUID travel = UUID.randomUUID();
    UUID group = UUID.randomUUID();
    UUID therapy = UUID.randomUUID();
    return new PlanView(
        child.id(),
        12,
        null,
        List.of(
            new AspirationView(
                friendsHope,
                "I want friends to see at the weekend.",
                Voice.CHILD,
                List.of(),
                AT,
                1),
            new AspirationView(
                UUID.randomUUID(),
                "We hope she travels on her own.",
                Voice.PARENT,
                List.of(),
                AT,
                1)),
        List.of(
            new NeedView(
                worries,
                "She becomes anxious in new places.",
                AreaOfNeed.SEMH,
                List.of(),
                List.of(travel),
                AT,
                1),
            new NeedView(
                language,
                "Her language is delayed.",
                AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                List.of(friendsHope),
                List.of(friends),
                AT,
                1)),
        List.of(
            new OutcomeView(
                friends,
                "Sarah has a small group of friends.",
                "She names two friends she meets outside school.",
                LocalDate.of(2029, 3, 14),
                OutcomeStatus.IN_PROGRESS,
                true,
                List.of(language),
                List.of(group),
                AT,
                1),
            new OutcomeView(
                travel,
                "Sarah travels on her own.",
                null,
                null,
                OutcomeStatus.NOT_STARTED,
                false,
                List.of(worries),
                List.of(therapy),
                AT,
                1)),
        List.of(
            provision(
                group,
                "Social skills group",
                DelivererRole.TEACHING_ASSISTANT,
                "Ellie Ward",
                2,
                45,
                6,
                friends),
            provision(
                therapy,
                "Therapy sessions about new places",
                DelivererRole.THERAPIST,
                null,
                1,
                30,
                1,
                travel)),
        List.of(
            new StrategyView(
                UUID.randomUUID(), "Talk a new journey through first.", UsedAt.HOME, AT, 1)),
        List.of(),
        Participation.ENGAGED,
        "",
        new ProvisionFigures.Totals(120, null),
        null,
        List.of(
            new CommentView(
                UUID.randomUUID(),
                PlanItemKind.PROVISIONS,
                group,
                UUID.randomUUID(),
                "Claire Bennett",
                true,
                "She loves the group.",
                AT),
            new CommentView(
                UUID.randomUUID(),
                PlanItemKind.PROVISIONS,
                group,
                UUID.randomUUID(),
                "Helen Carter",
                false,
                "Moved to Tuesdays.",
                AT)));
  }

  /** The assessment of {@link AssessmentViews#assessing}, its advice received, more asked. */
  static AssessmentView withAdvice(AccessibleChild child) {
    AssessmentView assessing = AssessmentViews.assessing(child);
    Milestone asked =
        assessing.events().stream()
            .filter(e -> e.kind() == MilestoneKind.ADVICE_REQUESTED)
            .findFirst()
            .orElseThrow();
    List<Milestone> events = new ArrayList<>(assessing.events());
    events.add(
        new Milestone(
            UUID.randomUUID(),
            MilestoneKind.ADVICE_REQUESTED,
            LocalDate.parse("2026-02-12"),
            null,
            "Northshire speech and language therapy",
            null,
            null,
            null,
            "Priya Shah",
            AT));
    events.add(
        new Milestone(
            UUID.randomUUID(),
            MilestoneKind.ADVICE_RECEIVED,
            LocalDate.parse("2026-03-20"),
            null,
            null,
            asked.id(),
            null,
            null,
            "Priya Shah",
            AT));
    return new AssessmentView(
        assessing.id(),
        child.id(),
        assessing.requestedOn(),
        assessing.requestedBy(),
        assessing.status(),
        assessing.deadlines(),
        events,
        assessing.version() + 2);
  }

  private static ProvisionView provision(
      UUID id,
      String what,
      DelivererRole role,
      String by,
      int sessions,
      int minutes,
      int group,
      UUID outcome) {
    return new ProvisionView(
        id,
        what,
        by,
        role,
        sessions,
        minutes,
        group,
        LocalDate.of(2026, 9, 1),
        null,
        sessions * minutes,
        null,
        List.of(outcome),
        AT,
        1);
  }

  private static ProfileSectionView section(ProfileSectionKind kind, String text) {
    return new ProfileSectionView(
        kind,
        text,
        text == null ? null : "Claire Bennett",
        text == null ? null : AT,
        text == null ? 0 : 1);
  }
}

package org.goldenthread.disagreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.deadline.DeadlineFacts;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineRules;
import org.goldenthread.deadline.DueDate;
import org.goldenthread.deadline.WorkingDays;

/**
 * A disagreement's deadlines and the next option open to the family, from its dates alone:
 *
 * <ul>
 *   <li>Support at school ({@link DisagreementAbout#SCHOOL_SUPPORT}) has no Tribunal: its route is
 *       talking to the school, the school's complaint procedure, then the authority's disagreement
 *       resolution service, with no statutory deadlines; after that, asking for an EHC needs
 *       assessment is open. The same holds for the contents of a plan when none of the sections
 *       named can go to the Tribunal (only B, F and I can): the disagreement resolution service.
 *   <li>A decision of the authority counts from its decision letter: mediation advice within 2
 *       months of it (not needed for an appeal only about the named school), the certificate within
 *       3 working days of saying no to mediation, mediation within 30 days of asking for it, and
 *       the appeal within 2 months of the letter or 1 month of the latest certificate, whichever is
 *       later, with the Christmas and August rules ({@link DeadlineRules}). Without the letter's
 *       date, the next option is to add it.
 *   <li>Stages may be recorded in any order; the earliest of each kind counts for its deadline, the
 *       latest certificate for the appeal. A stage that settles the disagreement leaves nothing
 *       open: only the deadlines already met stay.
 * </ul>
 */
final class DisagreementRules {

  private static final List<StageKind> SCHOOL_ROUTE =
      List.of(
          StageKind.TALK_TO_SCHOOL, StageKind.SCHOOL_COMPLAINT, StageKind.DISAGREEMENT_RESOLUTION);

  private DisagreementRules() {}

  /** The dates of one stage, as the rules need them. */
  record StageDates(
      StageKind kind, LocalDate startedOn, LocalDate certificateOn, boolean settles) {}

  /** A deadline worked out: its kind, due date, the facts it counts from, owner and the day met. */
  record Due(
      DeadlineKind kind, DueDate due, DeadlineFacts facts, DeadlineOwner owner, LocalDate metOn) {}

  /** The next option, with the deadline that goes with it (or null). */
  record Next(NextOption option, Due deadline) {}

  /** What the rules make of a disagreement. */
  record Worked(List<Due> deadlines, Next next, boolean toTribunal) {}

  /** Whether the disagreement can go to the SEND Tribunal at all. */
  static boolean toTribunal(DisagreementAbout about, Set<PlanSection> sections) {
    if (!about.authorityDecision()) {
      return false;
    }
    return about != DisagreementAbout.PLAN_CONTENTS
        || sections.isEmpty()
        || sections.stream().anyMatch(PlanSection::toTribunal);
  }

  static Worked work(
      DisagreementAbout about,
      Set<PlanSection> sections,
      LocalDate letterOn,
      List<StageDates> stages,
      WorkingDays days) {
    boolean tribunal = toTribunal(about, sections);
    boolean settled = stages.stream().anyMatch(StageDates::settles);
    List<Due> deadlines = new ArrayList<>();
    Optional<StageDates> advice = first(stages, StageKind.MEDIATION_ADVICE);
    Optional<StageDates> mediation = first(stages, StageKind.MEDIATION);
    Optional<StageDates> appealed = first(stages, StageKind.TRIBUNAL);
    LocalDate certificate =
        stages.stream()
            .filter(s -> s.kind().takesCertificate())
            .map(StageDates::certificateOn)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    Due appeal = null;
    Due adviceDue = null;
    Due mediationDue = null;
    if (tribunal && letterOn != null) {
      if (about.needsMediationAdvice()) {
        adviceDue =
            due(
                DeadlineKind.MEDIATION_ADVICE,
                DeadlineFacts.on(letterOn),
                days,
                advice.map(StageDates::startedOn).orElse(null));
        deadlines.add(adviceDue);
      }
      advice
          .filter(a -> a.certificateOn() != null)
          .ifPresent(
              a ->
                  deadlines.add(
                      due(
                          DeadlineKind.MEDIATION_CERTIFICATE,
                          DeadlineFacts.on(a.startedOn()),
                          days,
                          a.certificateOn())));
      if (mediation.isPresent()) {
        mediationDue =
            due(
                DeadlineKind.MEDIATION_MEETING,
                DeadlineFacts.on(mediation.get().startedOn()),
                days,
                mediation.get().certificateOn());
        deadlines.add(mediationDue);
      }
      appeal =
          due(
              DeadlineKind.APPEAL,
              new DeadlineFacts(letterOn, certificate, null),
              days,
              appealed.map(StageDates::startedOn).orElse(null));
      deadlines.add(appeal);
    }
    if (settled) {
      return new Worked(
          deadlines.stream().filter(d -> d.metOn() != null).toList(),
          new Next(NextOption.SETTLED, null),
          tribunal);
    }
    Next next;
    if (!tribunal) {
      next =
          new Next(
              about.authorityDecision() ? NextOption.DISAGREEMENT_RESOLUTION : schoolRoute(stages),
              null);
    } else if (letterOn == null) {
      next = new Next(NextOption.DECISION_LETTER, null);
    } else if (appealed.isPresent()) {
      next = new Next(NextOption.WITH_TRIBUNAL, null);
    } else if (certificate != null) {
      next = new Next(NextOption.APPEAL, appeal);
    } else if (mediation.isPresent()) {
      next = new Next(NextOption.MEDIATION, mediationDue);
    } else if (advice.isPresent()) {
      next = new Next(NextOption.MEDIATION_CHOICE, appeal);
    } else if (adviceDue != null) {
      next = new Next(NextOption.MEDIATION_ADVICE, adviceDue);
    } else {
      next = new Next(NextOption.APPEAL, appeal);
    }
    return new Worked(List.copyOf(deadlines), next, tribunal);
  }

  /** The school's route: the stage after the furthest one recorded, then an assessment. */
  private static NextOption schoolRoute(List<StageDates> stages) {
    int furthest =
        stages.stream().map(StageDates::kind).mapToInt(SCHOOL_ROUTE::indexOf).max().orElse(-1);
    return switch (furthest + 1) {
      case 0 -> NextOption.TALK_TO_SCHOOL;
      case 1 -> NextOption.SCHOOL_COMPLAINT;
      case 2 -> NextOption.DISAGREEMENT_RESOLUTION;
      default -> NextOption.ASK_FOR_ASSESSMENT;
    };
  }

  private static Optional<StageDates> first(List<StageDates> stages, StageKind kind) {
    return stages.stream()
        .filter(s -> s.kind() == kind)
        .min(Comparator.comparing(StageDates::startedOn));
  }

  private static Due due(
      DeadlineKind kind, DeadlineFacts facts, WorkingDays days, LocalDate metOn) {
    return new Due(kind, DeadlineRules.due(kind, facts, days), facts, kind.usualOwner(), metOn);
  }
}

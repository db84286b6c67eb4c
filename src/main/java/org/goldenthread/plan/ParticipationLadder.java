package org.goldenthread.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a plan stands on the participation ladder, and a sentence saying why. The rule, from the
 * top:
 *
 * <ol>
 *   <li><b>CO_PRODUCED</b>: the family wrote or co-wrote at least one aspiration <em>and</em> at
 *       least one outcome, <em>and</em> a parent (or the young person, from 16) has agreed the
 *       plan's current version;
 *   <li><b>ENGAGED</b>: the family wrote or co-wrote at least one aspiration or at least one
 *       outcome;
 *   <li><b>CONSULTED</b>: the family has commented on an item, written a strategy, or agreed some
 *       version of the plan, or a view of the child or family has been answered (the views are
 *       counted by another capability, through {@link ParticipationEvidence});
 *   <li><b>INFORMED</b>: the family has contributed nothing: the plan was made for them, not with
 *       them.
 * </ol>
 *
 * An aspiration counts as written by the family when a family member (parent, carer, relative or
 * the child) added it or changed it at least once, whatever its voice; the team cannot claim it for
 * them. An outcome counts when the team records it as written with the family ({@code
 * writtenWithFamily}), since only staff edit outcomes. Only what is in the plan as it stands
 * counts: removed items and their comments do not. A change to the plan after an agreement means
 * the new version is not yet agreed.
 */
final class ParticipationLadder {

  private ParticipationLadder() {}

  static Assessment assess(FamilyContributions family) {
    Assessment level = level(family);
    return new Assessment(
        level.level(), level.reasonKey(), level.reasonArguments(), reasons(family));
  }

  private static Assessment level(FamilyContributions family) {
    boolean aspirations = family.aspirationsWritten() > 0;
    boolean outcomes = family.outcomesWrittenWith() > 0;
    List<Object> written = List.of(family.aspirationsWritten(), family.outcomesWrittenWith());
    if (aspirations && outcomes && family.agreementOfCurrentVersion() != null) {
      FamilyContributions.Agreement agreement = family.agreementOfCurrentVersion();
      return new Assessment(
          Participation.CO_PRODUCED,
          "plan.participation.reason.CO_PRODUCED",
          List.of(
              family.aspirationsWritten(),
              family.outcomesWrittenWith(),
              agreement.name(),
              agreement.agreedOn()));
    }
    if (aspirations || outcomes) {
      return new Assessment(Participation.ENGAGED, "plan.participation.reason.ENGAGED", written);
    }
    if (family.comments() > 0
        || family.strategiesWritten() > 0
        || family.agreedAnyVersion()
        || family.viewsAnswered() > 0) {
      return new Assessment(
          Participation.CONSULTED,
          "plan.participation.reason.CONSULTED",
          List.of(
              family.comments(),
              family.strategiesWritten(),
              family.agreedAnyVersion() ? 1 : 0,
              family.viewsAnswered()));
    }
    return new Assessment(Participation.INFORMED, "plan.participation.reason.INFORMED", List.of());
  }

  /** Every part the family took that counts on the ladder, one plain sentence each. */
  static List<Reason> reasons(FamilyContributions family) {
    List<Reason> reasons = new ArrayList<>();
    if (family.aspirationsWritten() > 0) {
      reasons.add(reason("aspirations", family.aspirationsWritten()));
    }
    if (family.outcomesWrittenWith() > 0) {
      reasons.add(reason("outcomes", family.outcomesWrittenWith()));
    }
    if (family.strategiesWritten() > 0) {
      reasons.add(reason("strategies", family.strategiesWritten()));
    }
    if (family.comments() > 0) {
      reasons.add(reason("comments", family.comments()));
    }
    if (family.viewsAnswered() > 0) {
      reasons.add(reason("views", family.viewsAnswered()));
    }
    FamilyContributions.Agreement agreement = family.agreementOfCurrentVersion();
    if (agreement != null) {
      reasons.add(reason("agreedCurrent", agreement.name(), agreement.agreedOn()));
    } else if (family.agreedAnyVersion()) {
      reasons.add(reason("agreedEarlier"));
    }
    if (reasons.isEmpty()) {
      reasons.add(reason("nothing"));
    }
    return reasons;
  }

  private static Reason reason(String what, Object... arguments) {
    return new Reason("plan.participation.because." + what, List.of(arguments));
  }

  /**
   * The level, and the message key and arguments of the sentence that says why (the arguments of
   * CO_PRODUCED end with a {@link java.time.LocalDate}, shown as people read dates), and every
   * reason that holds, one sentence each.
   */
  record Assessment(
      Participation level, String reasonKey, List<Object> reasonArguments, List<Reason> reasons) {

    Assessment(Participation level, String reasonKey, List<Object> reasonArguments) {
      this(level, reasonKey, reasonArguments, List.of());
    }
  }

  /** One reason: the message key of its sentence and the sentence's arguments. */
  record Reason(String key, List<Object> arguments) {}
}

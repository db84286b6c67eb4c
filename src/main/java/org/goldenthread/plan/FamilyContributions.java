package org.goldenthread.plan;

import java.time.LocalDate;

/**
 * What the family (parents, carers, relatives on the record, and the child) has put into the plan
 * as it stands: the items and comments still in it, and agreements.
 *
 * @param aspirationsWritten aspirations a family member added or changed at least once
 * @param outcomesWrittenWith outcomes the team records as written with the family
 * @param strategiesWritten strategies a family member added or changed at least once
 * @param comments comments by the family on items in the plan
 * @param agreedAnyVersion whether anyone in the family has agreed any version of the plan
 * @param agreementOfCurrentVersion the agreement of the current version by a parent (or by the
 *     young person, from 16), or null
 * @param viewsAnswered views of the child or family that had a response (from {@link
 *     ParticipationEvidence})
 */
public record FamilyContributions(
    int aspirationsWritten,
    int outcomesWrittenWith,
    int strategiesWritten,
    int comments,
    boolean agreedAnyVersion,
    Agreement agreementOfCurrentVersion,
    int viewsAnswered) {

  /** What the plan's own records show, before any views are counted. */
  public FamilyContributions(
      int aspirationsWritten,
      int outcomesWrittenWith,
      int strategiesWritten,
      int comments,
      boolean agreedAnyVersion,
      Agreement agreementOfCurrentVersion) {
    this(
        aspirationsWritten,
        outcomesWrittenWith,
        strategiesWritten,
        comments,
        agreedAnyVersion,
        agreementOfCurrentVersion,
        0);
  }

  static FamilyContributions none() {
    return new FamilyContributions(0, 0, 0, 0, false, null, 0);
  }

  /** The same, with the views answered counted. */
  FamilyContributions withViewsAnswered(int views) {
    return new FamilyContributions(
        aspirationsWritten,
        outcomesWrittenWith,
        strategiesWritten,
        comments,
        agreedAnyVersion,
        agreementOfCurrentVersion,
        views);
  }

  /** Who agreed the current version, and on which day. */
  public record Agreement(String name, LocalDate agreedOn) {}
}

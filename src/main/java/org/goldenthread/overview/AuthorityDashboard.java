package org.goldenthread.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;

/**
 * An authority's figures (issue 19, part 2), each counted by PostgreSQL over the children of its
 * schools: the page's charts and tables, their CSV and {@code GET
 * /api/v1/authorities/{id}/dashboard} all show these.
 *
 * @param year the calendar year the figures "this year" are of
 * @param asOf the day they were counted on
 */
public record AuthorityDashboard(
    UUID authorityId,
    String authorityName,
    int year,
    LocalDate asOf,
    AssessmentFigures assessments,
    AnnualReviewFigures annualReviews,
    MissedDeadlineFigures missedDeadlines,
    DisagreementFigures disagreements,
    SenChildrenFigures senChildren) {

  /** Whole percentages, rounded; 0 of 0 is 0. */
  static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }

  /**
   * EHC needs assessments that ended with a final plan this year, and how many of those plans were
   * issued within 20 weeks of the request, by month of issue (January to this month).
   */
  public record AssessmentFigures(
      long finished, long within20Weeks, int percent, List<AssessmentMonth> months) {}

  /**
   * @param month the month, as {@code YYYY-MM}
   */
  public record AssessmentMonth(String month, long finished, long within20Weeks, int percent) {}

  /**
   * Children with a plan, and those whose annual review is overdue: no review held within 12 months
   * (6 under 5) of the plan or the last review. A plan with no date recorded is counted apart.
   */
  public record AnnualReviewFigures(
      long plans, long withoutDate, long overdue, List<OverdueBand> overdueBy) {}

  /**
   * @param band UP_TO_1_MONTH, 1_TO_3_MONTHS, 3_TO_6_MONTHS or OVER_6_MONTHS (by days: 30, 90, 180)
   */
  public record OverdueBand(String band, long children) {}

  /**
   * Statutory deadlines missed this year (noticed as missed by the deadline notices), by kind and
   * by who owed them.
   */
  public record MissedDeadlineFigures(
      long missed, List<MissedByKind> byKind, List<MissedByOwner> byOwner) {}

  public record MissedByKind(DeadlineKind kind, DeadlineOwner owner, long missed) {}

  public record MissedByOwner(DeadlineOwner owner, long missed) {}

  /**
   * Disagreements by the stage they are at (their latest): those still open, and those settled at
   * that stage this year.
   */
  public record DisagreementFigures(
      long open, long settledThisYear, List<DisagreementsAtStage> byStage) {}

  /**
   * @param stage the stage, or NONE when no stage is recorded yet
   */
  public record DisagreementsAtStage(String stage, long open, long settledThisYear) {}

  /** Children on SEN support (K) and with an EHC plan (E), by school and by primary need. */
  public record SenChildrenFigures(
      long senSupport, long ehcPlan, List<SenBySchool> bySchool, List<SenByNeed> byNeed) {}

  public record SenBySchool(UUID schoolId, String schoolName, long senSupport, long ehcPlan) {}

  /**
   * @param need the census code of the primary need, or null when none is recorded
   */
  public record SenByNeed(String need, long senSupport, long ehcPlan) {}
}

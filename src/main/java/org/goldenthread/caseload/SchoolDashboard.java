package org.goldenthread.caseload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A school's figures as {@code GET /api/v1/schools/{id}/dashboard} answers them: the caseload's
 * figures, each a number of the school's children (see {@link Figure} for what each counts).
 */
record SchoolDashboard(
    UUID schoolId,
    String schoolName,
    LocalDate date,
    long children,
    long senSupport,
    long ehcPlan,
    long reviewsDueSoon,
    long reviewsOverdue,
    long fewerThanThreeMeetings,
    long overdueActions,
    long unreadEvidence,
    long openViews,
    long threadBreaks,
    long deadlinesDueSoon,
    long deadlinesMissed) {

  static SchoolDashboard of(
      UUID schoolId, String schoolName, LocalDate date, CaseloadQueries.Figures figures) {
    return new SchoolDashboard(
        schoolId,
        schoolName,
        date,
        figures.children(),
        figures.of(Figure.SEN_SUPPORT),
        figures.of(Figure.EHC_PLAN),
        figures.of(Figure.REVIEWS_DUE),
        figures.of(Figure.REVIEWS_OVERDUE),
        figures.of(Figure.FEW_MEETINGS),
        figures.of(Figure.OVERDUE_ACTIONS),
        figures.of(Figure.UNREAD_EVIDENCE),
        figures.of(Figure.OPEN_VIEWS),
        figures.of(Figure.THREAD_BREAKS),
        figures.of(Figure.DEADLINES_SOON),
        figures.of(Figure.DEADLINES_MISSED));
  }
}

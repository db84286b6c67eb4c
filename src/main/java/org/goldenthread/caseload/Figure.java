package org.goldenthread.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure at the top of the caseload, and the filter of the list behind it: each is a condition on
 * one child's facts ({@link CaseloadQueries}), counted over the school's children.
 */
enum Figure {
  /** On SEN support (census code K). */
  SEN_SUPPORT("senSupport", "sen_status = 'K'"),
  /** With an EHC plan (census code E). */
  EHC_PLAN("ehcPlan", "sen_status = 'E'"),
  /** The next review, as the last review recorded it, falls in the next 30 days. */
  REVIEWS_DUE("reviewsDueSoon", "next_review between :today and :reviewsSoon"),
  /** The next review's date has passed with no review recorded since. */
  REVIEWS_OVERDUE("reviewsOverdue", "next_review < :today"),
  /** On the SEN register (K or E) with fewer than three meetings since 1 September. */
  FEW_MEETINGS("fewerThanThreeMeetings", "sen_status <> 'N' and meetings < 3"),
  /** At least one agreed action still open after its due date. */
  OVERDUE_ACTIONS("overdueActions", "overdue_actions > 0"),
  /** Evidence the family shared that the school has not yet responded to. */
  UNREAD_EVIDENCE("unreadEvidence", "unread_evidence > 0"),
  /** A view of the child or family that nobody has answered yet. */
  OPEN_VIEWS("openViews", "open_views > 0"),
  /** At least one place where the plan's thread does not join up. */
  THREAD_BREAKS("threadBreaks", "thread_breaks > 0"),
  /** An answer the school owes falls due in the next 14 days. */
  DEADLINES_SOON("deadlinesDueSoon", "next_deadline between :today and :deadlinesSoon"),
  /** An answer the school owed is past its due date. */
  DEADLINES_MISSED("deadlinesMissed", "missed_deadlines > 0");

  private final String field;
  private final String condition;

  Figure(String field, String condition) {
    this.field = field;
    this.condition = condition;
  }

  /** Its name in the dashboard's JSON. */
  String field() {
    return field;
  }

  /** Its condition on the columns of the facts. */
  String condition() {
    return condition;
  }

  /** The figure a query parameter names, if any (anything else is ignored). */
  static Optional<Figure> named(String value) {
    if (value == null || value.isBlank() || value.length() > 40) {
      return Optional.empty();
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
  }
}

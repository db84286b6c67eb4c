package org.goldenthread.request;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.organisation.SchoolDays;
import org.goldenthread.statutory.AssessmentView;
import org.goldenthread.statutory.EhcAssessments;
import org.goldenthread.statutory.RequestedBy;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * When a request should be answered, worked out on the day it is made:
 *
 * <ul>
 *   <li>to the school, whatever it asks: the school's request days ({@link
 *       SchoolDays#requestAnswerDue}, 15 school days unless the school set its own);
 *   <li>to the authority for an EHC needs assessment: the request starts the statutory clock (an
 *       assessment is recorded), and the answer is due with the decision whether to assess, 6 weeks
 *       on. While an assessment is already under way there is no second clock to start: 409;
 *   <li>to the authority for anything else: 20 working days.
 * </ul>
 */
@Component
class RequestDueDates {

  static final int AUTHORITY_WORKING_DAYS = 20;

  private final SchoolDays schoolDays;
  private final DeadlineCalendar calendar;
  private final EhcAssessments assessments;

  RequestDueDates(SchoolDays schoolDays, DeadlineCalendar calendar, EhcAssessments assessments) {
    this.schoolDays = schoolDays;
    this.calendar = calendar;
    this.assessments = assessments;
  }

  /** The due date, and the assessment a request to the authority started (or null). */
  Due due(AccessibleChild child, RequestKind kind, RequestTo to, LocalDate madeOn, MadeBy by) {
    if (to == RequestTo.SCHOOL) {
      return new Due(schoolDays.requestAnswerDue(child.schoolId(), madeOn), null);
    }
    if (kind != RequestKind.EHC_ASSESSMENT) {
      return new Due(calendar.workingDays().plusWorkingDays(madeOn, AUTHORITY_WORKING_DAYS), null);
    }
    assessments.forChild(child).stream()
        .filter(a -> a.status().underWay())
        .findFirst()
        .ifPresent(
            open -> {
              throw underWay(open);
            });
    AssessmentView started = assessments.request(child, madeOn, requestedBy(by));
    LocalDate decision =
        started.deadlines().stream()
            .filter(d -> d.kind() == DeadlineKind.DECISION_TO_ASSESS)
            .map(d -> d.due())
            .findFirst()
            .orElseGet(() -> madeOn.plusWeeks(6));
    return new Due(decision, started.id());
  }

  private static RequestedBy requestedBy(MadeBy by) {
    return switch (by) {
      case PARENT -> RequestedBy.PARENT;
      case YOUNG_PERSON -> RequestedBy.YOUNG_PERSON;
      case STAFF -> RequestedBy.SCHOOL;
    };
  }

  /** The 409 for a request for an assessment while one is under way. */
  static ErrorResponseException underWay(AssessmentView open) {
    ErrorResponseException refused =
        ProblemTypes.refusal(
            HttpStatus.CONFLICT,
            ProblemTypes.OUT_OF_ORDER,
            "api.problem.assessmentUnderWay",
            open.requestedOn().toString(),
            "/children/" + open.childId() + "/ehc-assessments/" + open.id());
    refused.getBody().setProperty("assessmentId", open.id().toString());
    return refused;
  }

  record Due(LocalDate dueOn, UUID assessmentId) {}
}

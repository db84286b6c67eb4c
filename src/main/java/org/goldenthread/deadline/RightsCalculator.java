package org.goldenthread.deadline;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers the rights calculator: the deadline, and the rule that sets it in plain words. */
@Component
class RightsCalculator {

  private final DeadlineCalendar calendar;
  private final DeadlineWording wording;

  RightsCalculator(DeadlineCalendar calendar, DeadlineWording wording) {
    this.calendar = calendar;
    this.wording = wording;
  }

  /** The answer to a question that passed its checks. */
  Answer answer(CalculatorQuestion question) {
    DeadlineFacts facts = question.facts();
    DueDate due = calendar.due(question.kind(), facts);
    Deadline deadline =
        calendar.deadline(question.kind(), due, Tracked.open(question.kind(), null, null));
    return new Answer(
        deadline,
        wording.day(due.due()),
        due.nextWorkingDay() == null ? null : wording.day(due.nextWorkingDay()),
        wording.explain(question.kind(), facts, due, calendar.workingDays()));
  }

  /**
   * A worked-out deadline: the Deadline shape, the days as people read them, and the explanation.
   */
  record Answer(
      @JsonUnwrapped Deadline deadline,
      String dueInWords,
      String nextWorkingDayInWords,
      List<String> explanation) {}
}

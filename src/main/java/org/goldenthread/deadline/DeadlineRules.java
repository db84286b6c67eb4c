package org.goldenthread.deadline;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules of {@link DueDateRules} and their plain words, for a module that works out the
 * deadlines of its own records (a disagreement's mediation and appeal): the due date by the rule
 * alone, on the working days given (so that a module's own rules can be tested without a database),
 * and the rule behind a deadline in the words the rights calculator uses.
 */
@Component
public class DeadlineRules {

  private final DeadlineCalendar calendar;
  private final DeadlineWording wording;

  DeadlineRules(DeadlineCalendar calendar, DeadlineWording wording) {
    this.calendar = calendar;
    this.wording = wording;
  }

  /**
   * The due date by the kind's rule, on these working days.
   *
   * @throws IllegalArgumentException for a kind whose date is set by its own record
   */
  public static DueDate due(DeadlineKind kind, DeadlineFacts facts, WorkingDays days) {
    return DueDateRules.due(kind, facts, days);
  }

  /**
   * The rule with the dates filled in, then a sentence for each thing that moved or may move the
   * date (the certificate, the Christmas or August rule, a weekend), as the calculator explains it.
   */
  public List<String> explain(DeadlineKind kind, DeadlineFacts facts) {
    WorkingDays days = calendar.workingDays();
    return wording.explain(kind, facts, DueDateRules.due(kind, facts, days), days);
  }

  /** The day as people read it: Tuesday 1 September 2026. */
  public String day(java.time.LocalDate day) {
    return wording.day(day);
  }
}

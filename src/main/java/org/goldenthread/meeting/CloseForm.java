package org.goldenthread.meeting;

import java.time.LocalDate;
import org.goldenthread.web.DateInput;
import org.springframework.validation.BindingResult;

/**
 * Closing a meeting, as typed: the minutes (when none were written yet), whether there will be a
 * next meeting ({@code followUp} "yes" or "no"), and its date or the reason there will be none.
 * Without JavaScript both questions show, so what was filled in counts when no answer was chosen.
 */
record CloseForm(
    String minutes, String followUp, DateInput followUpOn, String noFollowUpReason, Long version) {

  static final String YES = "yes";
  static final String NO = "no";

  static CloseForm empty(long version) {
    return new CloseForm(null, null, DateInput.empty(), null, version);
  }

  /**
   * The closing; what the page can tell is missing is rejected beside its field.
   *
   * @param minutesNeeded no minutes were written before, so the form asks for them
   */
  Closing closing(BindingResult binding, boolean minutesNeeded) {
    if (minutesNeeded && (minutes == null || minutes.isBlank())) {
      binding.rejectValue("minutes", "meeting.error.minutes");
    }
    boolean dateTyped = followUpOn != null && !followUpOn.isBlank();
    LocalDate date = dateTyped ? followUpOn.toLocalDate().orElse(null) : null;
    boolean reasonTyped = noFollowUpReason != null && !noFollowUpReason.isBlank();
    String answer = followUp;
    if (!YES.equals(answer) && !NO.equals(answer)) {
      answer = dateTyped && !reasonTyped ? YES : reasonTyped && !dateTyped ? NO : null;
    }
    if (answer == null && !dateTyped) {
      binding.rejectValue("followUp", "meeting.error.followUpOn");
      return null;
    }
    if (YES.equals(answer) || answer == null) {
      if (!dateTyped) {
        binding.rejectValue("followUpOn", "meeting.form.error.followUpOn");
      } else if (date == null) {
        binding.rejectValue("followUpOn", "meeting.form.error.date.real");
      }
      return new Closing(minutes, date, answer == null ? noFollowUpReason : null);
    }
    if (!reasonTyped) {
      binding.rejectValue("noFollowUpReason", "meeting.form.error.noFollowUpReason");
    }
    return new Closing(minutes, null, noFollowUpReason);
  }
}

package org.goldenthread.organisation;

import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/** The page's form for a school's numbers of days and weeks, kept as typed. */
record SchoolCalendarForm(
    String requestAnswerDays, String evidenceResponseDays, String contactLapseWeeks, Long version) {

  static SchoolCalendarForm of(SchoolCalendar calendar) {
    SchoolSettings settings = calendar.settings();
    return new SchoolCalendarForm(
        Integer.toString(settings.requestAnswerDays()),
        Integer.toString(settings.evidenceResponseDays()),
        Integer.toString(settings.contactLapseWeeks()),
        calendar.version());
  }

  /** The change typed; a box that is not a whole number is rejected beside itself. */
  SchoolCalendarChange change(BindingResult binding) {
    Map<String, String> typed =
        Map.of(
            "requestAnswerDays", text(requestAnswerDays),
            "evidenceResponseDays", text(evidenceResponseDays),
            "contactLapseWeeks", text(contactLapseWeeks));
    typed.forEach(
        (field, value) -> {
          if (number(value).isEmpty()) {
            String key =
                value.isBlank()
                    ? "school.settings.error." + field + ".missing"
                    : "school.settings.error.number";
            binding.rejectValue(field, key, key);
          }
        });
    return new SchoolCalendarChange(
        number(typed.get("requestAnswerDays")).orElse(null),
        number(typed.get("evidenceResponseDays")).orElse(null),
        number(typed.get("contactLapseWeeks")).orElse(null),
        null);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static Optional<Integer> number(String value) {
    if (!value.matches("[0-9]{1,4}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value));
  }
}

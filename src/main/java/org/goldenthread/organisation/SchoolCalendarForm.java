package org.goldenthread.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/**
 * The page's form for a school's numbers of days and weeks and the age from which its pupils may
 * have an account of their own, kept as typed. The age left out of a post altogether stays as it
 * is; an empty box is refused beside itself like the others.
 */
record SchoolCalendarForm(
    String requestAnswerDays,
    String evidenceResponseDays,
    String contactLapseWeeks,
    String childAccountMinAge,
    Long version) {

  static SchoolCalendarForm of(SchoolCalendar calendar) {
    SchoolSettings settings = calendar.settings();
    return new SchoolCalendarForm(
        Integer.toString(settings.requestAnswerDays()),
        Integer.toString(settings.evidenceResponseDays()),
        Integer.toString(settings.contactLapseWeeks()),
        Integer.toString(settings.childAccountMinAge()),
        calendar.version());
  }

  /** The change typed; a box that is not a whole number is rejected beside itself. */
  SchoolCalendarChange change(BindingResult binding) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("requestAnswerDays", text(requestAnswerDays));
    typed.put("evidenceResponseDays", text(evidenceResponseDays));
    typed.put("contactLapseWeeks", text(contactLapseWeeks));
    if (childAccountMinAge != null) {
      typed.put("childAccountMinAge", text(childAccountMinAge));
    }
    typed.forEach(
        (field, value) -> {
          if (number(value).isEmpty()) {
            String key =
                value.isBlank() ? "school.settings.error." + field + ".missing" : notANumber(field);
            binding.rejectValue(field, key, key);
          }
        });
    return new SchoolCalendarChange(
        number(typed.get("requestAnswerDays")).orElse(null),
        number(typed.get("evidenceResponseDays")).orElse(null),
        number(typed.get("contactLapseWeeks")).orElse(null),
        childAccountMinAge == null ? null : number(typed.get("childAccountMinAge")).orElse(null),
        null);
  }

  private static String notANumber(String field) {
    return "childAccountMinAge".equals(field)
        ? "school.settings.error.childAccountMinAge"
        : "school.settings.error.number";
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

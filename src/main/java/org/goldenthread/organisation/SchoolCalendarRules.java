package org.goldenthread.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * What a school may set: 1 to 60 school days to answer a request or respond to evidence, 1 to 52
 * weeks before a family counts as out of touch, an age from 5 to 18 from which a pupil may be
 * invited to an account of their own (the database holds the same bounds), and up to 60 terms
 * between 2000 and 2100 that each end on or after their first day and overlap no other.
 */
final class SchoolCalendarRules {

  static final int MAX_DAYS = 60;
  static final int MAX_WEEKS = 52;
  static final int MAX_TERMS = 60;
  static final int YOUNGEST_ACCOUNT_AGE = 5;
  static final int OLDEST_ACCOUNT_AGE = 18;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private SchoolCalendarRules() {}

  static Optional<ValidationProblem> check(SchoolSettings settings, List<SchoolTerm> terms) {
    List<FieldMessage> errors = new ArrayList<>();
    if (settings.requestAnswerDays() < 1 || settings.requestAnswerDays() > MAX_DAYS) {
      errors.add(new FieldMessage("requestAnswerDays", "school.settings.error.days"));
    }
    if (settings.evidenceResponseDays() < 1 || settings.evidenceResponseDays() > MAX_DAYS) {
      errors.add(new FieldMessage("evidenceResponseDays", "school.settings.error.days"));
    }
    if (settings.contactLapseWeeks() < 1 || settings.contactLapseWeeks() > MAX_WEEKS) {
      errors.add(new FieldMessage("contactLapseWeeks", "school.settings.error.weeks"));
    }
    if (settings.childAccountMinAge() < YOUNGEST_ACCOUNT_AGE
        || settings.childAccountMinAge() > OLDEST_ACCOUNT_AGE) {
      errors.add(
          new FieldMessage("childAccountMinAge", "school.settings.error.childAccountMinAge"));
    }
    termProblem(terms).ifPresent(message -> errors.add(new FieldMessage("terms", message)));
    return errors.isEmpty() ? Optional.empty() : Optional.of(new ValidationProblem(errors));
  }

  /** What is wrong with the terms, as a message key; empty when nothing is. */
  static Optional<String> termProblem(List<SchoolTerm> terms) {
    if (terms.size() > MAX_TERMS) {
      return Optional.of("school.settings.error.terms.many");
    }
    for (SchoolTerm term : terms) {
      if (term == null || term.startsOn() == null || term.endsOn() == null) {
        return Optional.of("school.settings.error.term.missing");
      }
      if (term.startsOn().isBefore(EARLIEST) || term.endsOn().isAfter(LATEST)) {
        return Optional.of("school.settings.error.term.range");
      }
      if (term.endsOn().isBefore(term.startsOn())) {
        return Optional.of("school.settings.error.term.order");
      }
    }
    List<SchoolTerm> sorted =
        terms.stream().sorted(Comparator.comparing(SchoolTerm::startsOn)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (!sorted.get(i).startsOn().isAfter(sorted.get(i - 1).endsOn())) {
        return Optional.of("school.settings.error.term.overlap");
      }
    }
    return Optional.empty();
  }
}

package org.goldenthread.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/**
 * The rules a child's record keeps. Each broken rule names its field and a message key, so that the
 * page shows it beside the field and the API lists it in the problem's errors.
 */
final class ChildRules {

  static final int MAX_NAME = 100;

  private ChildRules() {}

  /** The details tidied: names trimmed, UPN and language codes upper-cased. */
  static ChildDetails tidy(ChildDetails d) {
    return new ChildDetails(
        trim(d.givenName()),
        trim(d.familyName()),
        trim(d.preferredName()),
        d.dateOfBirth(),
        Upn.normalise(d.upn()),
        d.schoolId(),
        trim(d.yearGroup()) == null ? null : trim(d.yearGroup()).toUpperCase(Locale.ROOT),
        d.senStatus(),
        d.senStatus() == SenStatus.N ? null : d.primaryNeed(),
        d.senStatus() == SenStatus.N ? null : d.secondaryNeed(),
        d.homeLanguages() == null
            ? List.of()
            : d.homeLanguages().stream()
                .map(ChildRules::trim)
                .filter(language -> language != null)
                .map(language -> language.toUpperCase(Locale.ROOT))
                .distinct()
                .toList(),
        d.interpreterNeeded(),
        d.pronouns());
  }

  static List<FieldMessage> problems(ChildDetails d, LocalDate today) {
    List<FieldMessage> problems = new ArrayList<>();
    name(problems, "givenName", d.givenName(), true);
    name(problems, "familyName", d.familyName(), true);
    name(problems, "preferredName", d.preferredName(), false);
    if (d.dateOfBirth() == null) {
      problems.add(new FieldMessage("dateOfBirth", "child.error.dateOfBirth.missing"));
    } else if (d.dateOfBirth().isAfter(today)) {
      problems.add(new FieldMessage("dateOfBirth", "child.error.dateOfBirth.future"));
    } else if (d.dateOfBirth().isBefore(today.minusYears(26))) {
      problems.add(new FieldMessage("dateOfBirth", "child.error.dateOfBirth.tooOld"));
    }
    if (d.upn() != null) {
      Upn.problem(d.upn()).ifPresent(key -> problems.add(new FieldMessage("upn", key)));
    }
    if (d.schoolId() == null) {
      problems.add(new FieldMessage("schoolId", "child.error.school.missing"));
    }
    if (!YearGroup.isValid(d.yearGroup())) {
      problems.add(new FieldMessage("yearGroup", "child.error.yearGroup"));
    }
    needs(problems, d);
    for (String language : d.homeLanguages()) {
      if (!CensusLanguages.isKnown(language)) {
        problems.add(new FieldMessage("homeLanguages", "child.error.language"));
        break;
      }
    }
    return problems;
  }

  private static void needs(List<FieldMessage> problems, ChildDetails d) {
    if (d.senStatus() == null) {
      problems.add(new FieldMessage("senStatus", "child.error.senStatus.missing"));
      return;
    }
    if (d.senStatus() == SenStatus.N) {
      return;
    }
    if (d.primaryNeed() == null) {
      problems.add(new FieldMessage("primaryNeed", "child.error.primaryNeed.missing"));
    } else if (d.primaryNeed() == NeedCode.NSA && d.senStatus() != SenStatus.K) {
      problems.add(new FieldMessage("primaryNeed", "child.error.need.nsaOnlyWithK"));
    }
    if (d.secondaryNeed() != null) {
      if (d.secondaryNeed() == NeedCode.NSA) {
        problems.add(new FieldMessage("secondaryNeed", "child.error.secondaryNeed.nsa"));
      } else if (d.secondaryNeed() == d.primaryNeed()) {
        problems.add(new FieldMessage("secondaryNeed", "child.error.secondaryNeed.same"));
      } else if (d.primaryNeed() == NeedCode.NSA) {
        problems.add(new FieldMessage("secondaryNeed", "child.error.secondaryNeed.withNsa"));
      }
    }
  }

  private static void name(
      List<FieldMessage> problems, String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        problems.add(new FieldMessage(field, "child.error." + field + ".missing"));
      }
    } else if (value.length() > MAX_NAME) {
      problems.add(new FieldMessage(field, "child.error.name.tooLong"));
    }
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip().replaceAll("\\s+", " ");
    return trimmed.isEmpty() ? null : trimmed;
  }
}

package org.goldenthread.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.goldenthread.child.CensusLanguages;
import org.goldenthread.web.TextRules;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;

/** The rules a parent's or carer's details keep, and what counts as a change of each part. */
final class FamilyRules {

  static final int MAX_TEXT = 2000;

  private FamilyRules() {}

  /** The details tidied: texts trimmed (empty ones become none), the email in lower case. */
  static FamilyMemberDetails tidy(FamilyMemberDetails d) {
    String email = TextRules.tidy(d.email());
    return new FamilyMemberDetails(
        TextRules.tidy(d.name()),
        email == null ? null : email.toLowerCase(Locale.ROOT),
        TextRules.tidy(d.phone()),
        d.relationship(),
        d.parentalResponsibility(),
        TextRules.tidy(d.household()),
        languageCode(d.preferredLanguage()),
        d.preferredFormat() == null ? PreferredFormat.STANDARD : d.preferredFormat(),
        d.contactChannel() == null ? ContactChannel.EMAIL : d.contactChannel(),
        d.informationLimited(),
        TextRules.tidy(d.limitationNote()),
        TextRules.tidy(d.address()),
        d.addressWithheld());
  }

  /** A census language code as typed in any case ({@code pol} is {@code POL}); none when empty. */
  private static String languageCode(String typed) {
    String code = TextRules.tidy(typed);
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  /** Throws the broken rules of tidied details, field by field. */
  static void check(FamilyMemberDetails d) {
    List<FieldMessage> problems = new ArrayList<>();
    if (d.name() == null) {
      problems.add(new FieldMessage("name", "child.family.error.name"));
    } else if (d.name().length() > 200) {
      problems.add(new FieldMessage("name", "child.family.error.nameTooLong"));
    }
    if (d.email() != null
        && (d.email().length() > 254 || !d.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(new FieldMessage("email", "child.family.error.email"));
    }
    if (d.relationship() == null) {
      problems.add(new FieldMessage("relationship", "child.family.error.relationship"));
    }
    if (d.preferredLanguage() != null && !CensusLanguages.isKnown(d.preferredLanguage())) {
      problems.add(new FieldMessage("preferredLanguage", "child.family.error.preferredLanguage"));
    }
    if (d.address() != null && d.address().length() > MAX_TEXT) {
      problems.add(new FieldMessage("address", "child.family.error.tooLong"));
    }
    if (d.limitationNote() != null && d.limitationNote().length() > MAX_TEXT) {
      problems.add(new FieldMessage("limitationNote", "child.family.error.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
  }

  /** Whether anything but the address and the limit differs. */
  static boolean ordinaryDiffers(FamilyMemberDetails a, FamilyMemberView b) {
    return !Objects.equals(a.name(), b.name())
        || !Objects.equals(a.email(), b.email())
        || !Objects.equals(a.phone(), b.phone())
        || a.relationship() != b.relationship()
        || a.parentalResponsibility() != b.parentalResponsibility()
        || !Objects.equals(a.household(), b.household())
        || !Objects.equals(a.preferredLanguage(), b.preferredLanguage())
        || a.preferredFormat() != b.preferredFormat()
        || a.contactChannel() != b.contactChannel();
  }

  /** Whether the limit differs: recorded or cleared, or its court order or reason changed. */
  static boolean limitDiffers(FamilyMemberDetails a, FamilyMemberView b) {
    return a.informationLimited() != b.informationLimited()
        || (a.informationLimited() && !Objects.equals(a.limitationNote(), b.limitationNote()));
  }
}

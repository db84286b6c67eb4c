package org.goldenthread.organisation;

import java.util.List;

/**
 * A change to a school's settings: each field left null stays as it is; {@code terms}, when given,
 * replaces every term entered (an empty list clears them, and school days become working days).
 */
public record SchoolCalendarChange(
    Integer requestAnswerDays,
    Integer evidenceResponseDays,
    Integer contactLapseWeeks,
    Integer childAccountMinAge,
    List<SchoolTerm> terms) {

  /** A change to the terms only: every other setting stays as it is. */
  public static SchoolCalendarChange terms(List<SchoolTerm> terms) {
    return new SchoolCalendarChange(null, null, null, null, terms);
  }

  SchoolSettings appliedTo(SchoolSettings now) {
    return new SchoolSettings(
        requestAnswerDays == null ? now.requestAnswerDays() : requestAnswerDays,
        evidenceResponseDays == null ? now.evidenceResponseDays() : evidenceResponseDays,
        contactLapseWeeks == null ? now.contactLapseWeeks() : contactLapseWeeks,
        childAccountMinAge == null ? now.childAccountMinAge() : childAccountMinAge);
  }
}

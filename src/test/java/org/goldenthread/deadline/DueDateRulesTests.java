package org.goldenthread.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked examples of every rule in api.md, on the shipped England and Wales bank holidays. */
class DueDateRulesTests {

  private static DueDate due(DeadlineKind kind, String on) {
    return due(kind, new DeadlineFacts(LocalDate.parse(on), null, null));
  }

  private static DueDate due(DeadlineKind kind, DeadlineFacts facts) {
    return DueDateRules.due(kind, facts, ShippedCalendar.DAYS);
  }

  private static DeadlineFacts born(String on, String dateOfBirth) {
    return new DeadlineFacts(LocalDate.parse(on), null, LocalDate.parse(dateOfBirth));
  }

  private static DeadlineFacts appeal(String decision, String certificate) {
    return new DeadlineFacts(LocalDate.parse(decision), LocalDate.parse(certificate), null);
  }

  private static void assertDue(DueDate due, String date, String nextWorkingDay) {
    assertThat(due.due()).isEqualTo(date);
    assertThat(due.nextWorkingDay())
        .isEqualTo(nextWorkingDay == null ? null : LocalDate.parse(nextWorkingDay));
    assertThat(due.calendarCovers()).isTrue();
  }

  @Test
  void aRequestOnMonday5January2026IsDecidedBy16FebruaryAndPlannedBy25May() {
    assertDue(due(DeadlineKind.DECISION_TO_ASSESS, "2026-01-05"), "2026-02-16", null);
    assertDue(due(DeadlineKind.DECISION_NOT_TO_ISSUE, "2026-01-05"), "2026-04-27", null);
    DueDate finalPlan = due(DeadlineKind.FINAL_PLAN, "2026-01-05");
    assertDue(finalPlan, "2026-05-25", "2026-05-26");
    assertThat(finalPlan.notes()).containsExactly(DueNote.NOT_A_WORKING_DAY);
  }

  @Test
  void adviceDueOnGoodFridayCarriesTheTuesdayAfterEaster() {
    assertDue(due(DeadlineKind.ADVICE, "2026-03-02"), "2026-04-13", null);
    assertDue(due(DeadlineKind.ADVICE, "2026-02-20"), "2026-04-03", "2026-04-07");
  }

  @Test
  void draftCommentsEndingOnChristmasDayCarryTheFirstWorkingDayAfterBoxingDay() {
    assertDue(due(DeadlineKind.DRAFT_COMMENTS, "2026-11-02"), "2026-11-17", null);
    assertDue(due(DeadlineKind.DRAFT_COMMENTS, "2026-12-10"), "2026-12-25", "2026-12-29");
  }

  @Test
  void anAnnualReviewIsTwelveCalendarMonthsOnClampedToTheMonthsEnd() {
    assertDue(due(DeadlineKind.ANNUAL_REVIEW, "2026-03-31"), "2027-03-31", null);
    assertDue(due(DeadlineKind.ANNUAL_REVIEW, "2027-02-28"), "2028-02-28", null);
    assertDue(due(DeadlineKind.ANNUAL_REVIEW, "2027-02-27"), "2028-02-27", "2028-02-28");
  }

  @Test
  void aLeapDayReviewIsDueOnTheLastDayOfFebruaryAYearOn() {
    DueDate due = due(DeadlineKind.ANNUAL_REVIEW, "2028-02-29");
    assertThat(due.due()).isEqualTo("2029-02-28");
    assertThat(due.calendarCovers()).isFalse();
  }

  @Test
  void aChildUnderFiveIsReviewedSixMonthsOn() {
    DueDate under = due(DeadlineKind.ANNUAL_REVIEW, born("2026-09-15", "2023-06-01"));
    assertDue(under, "2027-03-15", null);
    assertThat(under.notes()).contains(DueNote.UNDER_FIVE);
    assertDue(
        due(DeadlineKind.ANNUAL_REVIEW, born("2026-08-31", "2023-06-01")),
        "2027-02-28",
        "2027-03-01");
    DueDate fifthBirthday = due(DeadlineKind.ANNUAL_REVIEW, born("2026-09-15", "2021-09-15"));
    assertDue(fifthBirthday, "2027-09-15", null);
    assertThat(fifthBirthday.notes()).doesNotContain(DueNote.UNDER_FIVE);
  }

  @Test
  void theReviewMeetingSetsInvitationsBeforeAndReportDecisionAfter() {
    assertDue(due(DeadlineKind.REVIEW_INVITATIONS, "2026-06-18"), "2026-06-04", null);
    assertDue(due(DeadlineKind.REVIEW_REPORT, "2026-06-18"), "2026-07-02", null);
    assertDue(due(DeadlineKind.REVIEW_DECISION, "2026-06-18"), "2026-07-16", null);
    assertDue(due(DeadlineKind.AMENDMENT_FINAL, "2026-07-16"), "2026-09-10", null);
    assertDue(due(DeadlineKind.REVIEW_INVITATIONS, "2026-01-15"), "2026-01-01", "2026-01-02");
  }

  @Test
  void aPhaseTransferIsDueBy15FebruaryAndAMoveToPost16By31March() {
    assertDue(due(DeadlineKind.PHASE_TRANSFER, "2027-09-01"), "2027-02-15", null);
    assertDue(
        due(DeadlineKind.PHASE_TRANSFER, born("2027-09-01", "2016-05-10")), "2027-02-15", null);
    DueDate post16 = due(DeadlineKind.PHASE_TRANSFER, born("2027-09-01", "2011-03-02"));
    assertDue(post16, "2027-03-31", null);
    assertThat(post16.notes()).contains(DueNote.POST_SIXTEEN);
    assertDue(
        due(DeadlineKind.PHASE_TRANSFER, born("2027-09-01", "2011-09-01")), "2027-02-15", null);
    assertDue(due(DeadlineKind.PHASE_TRANSFER, "2028-02-10"), "2027-02-15", null);
    assertDue(due(DeadlineKind.PHASE_TRANSFER, "2026-09-03"), "2026-02-15", "2026-02-16");
  }

  @Test
  void aMediationCertificateIsThreeWorkingDaysOnSkippingChristmas() {
    assertDue(due(DeadlineKind.MEDIATION_CERTIFICATE, "2026-06-03"), "2026-06-08", null);
    assertDue(due(DeadlineKind.MEDIATION_CERTIFICATE, "2026-12-23"), "2026-12-30", null);
    assertDue(due(DeadlineKind.MEDIATION_CERTIFICATE, "2026-05-21"), "2026-05-27", null);
  }

  @Test
  void mediationIsHeldWithinThirtyDays() {
    assertDue(due(DeadlineKind.MEDIATION_MEETING, "2026-01-05"), "2026-02-04", null);
    assertDue(due(DeadlineKind.MEDIATION_ADVICE, "2026-06-15"), "2026-08-15", "2026-08-17");
    assertDue(due(DeadlineKind.MEDIATION_MEETING, "2026-07-02"), "2026-08-01", "2026-08-03");
  }

  @Test
  void anAppealIsTwoCalendarMonthsFromTheDecision() {
    assertDue(due(DeadlineKind.APPEAL, "2026-01-05"), "2026-03-05", null);
    assertDue(due(DeadlineKind.APPEAL, "2025-12-31"), "2026-02-28", "2026-03-02");
    assertDue(due(DeadlineKind.APPEAL, "2027-12-31"), "2028-02-29", null);
  }

  @Test
  void anAppealFallingAtChristmasMovesToTheFirstWorkingDayAfterNewYear() {
    DueDate boxingDay = due(DeadlineKind.APPEAL, "2026-10-26");
    assertDue(boxingDay, "2027-01-04", null);
    assertThat(boxingDay.notes()).containsExactly(DueNote.CHRISTMAS);
    assertDue(due(DeadlineKind.APPEAL, "2026-11-01"), "2027-01-04", null);
    assertDue(due(DeadlineKind.APPEAL, "2026-10-25"), "2027-01-04", null);
    assertDue(due(DeadlineKind.APPEAL, "2026-10-24"), "2026-12-24", null);
    assertDue(due(DeadlineKind.APPEAL, "2026-11-02"), "2027-01-02", "2027-01-04");
  }

  @Test
  void anAppealFallingInAugustMovesToTheFirstWorkingDayOfSeptember() {
    DueDate august = due(DeadlineKind.APPEAL, "2026-06-15");
    assertDue(august, "2026-09-01", null);
    assertThat(august.notes()).containsExactly(DueNote.AUGUST);
    assertDue(due(DeadlineKind.APPEAL, "2027-06-30"), "2027-09-01", null);
    assertDue(due(DeadlineKind.APPEAL, "2026-05-31"), "2026-07-31", null);
  }

  @Test
  void aLaterMediationCertificateGivesAMonthFromIt() {
    DueDate later = due(DeadlineKind.APPEAL, appeal("2026-01-05", "2026-02-20"));
    assertDue(later, "2026-03-20", null);
    assertThat(later.notes()).containsExactly(DueNote.FROM_CERTIFICATE);
    assertDue(due(DeadlineKind.APPEAL, appeal("2026-01-05", "2026-01-20")), "2026-03-05", null);
    DueDate intoAugust = due(DeadlineKind.APPEAL, appeal("2026-05-01", "2026-07-10"));
    assertDue(intoAugust, "2026-09-01", null);
    assertThat(intoAugust.notes()).contains(DueNote.FROM_CERTIFICATE, DueNote.AUGUST);
  }

  @Test
  void aDateBeyondTheBankHolidaysLoadedIsFlagged() {
    DueDate due = due(DeadlineKind.FINAL_PLAN, "2028-10-02");
    assertThat(due.due()).isEqualTo("2029-02-19");
    assertThat(due.calendarCovers()).isFalse();
    assertThat(due.notes()).contains(DueNote.CALENDAR_NOT_COVERED);
  }

  @ParameterizedTest
  @EnumSource(
      value = DeadlineKind.class,
      names = {
        "EVIDENCE_RESPONSE",
        "REQUEST_ANSWER",
        "CONCERN_ANSWER",
        "ACTION",
        "MEETING_CADENCE"
      })
  void kindsSetByTheirOwnRecordHaveNoRule(DeadlineKind kind) {
    assertThat(kind.followsFromDates()).isFalse();
    assertThatThrownBy(() -> due(kind, "2026-01-05")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAgreedDateOnASundayCarriesTheMonday() {
    DueDate due = DueDateRules.agreed(LocalDate.parse("2026-12-06"), ShippedCalendar.DAYS);
    assertDue(due, "2026-12-06", "2026-12-07");
  }

  @Test
  void anAppealJustAfterChristmasOnAWeekendKeepsItsDateWithTheSameLastDay() {
    DueDate atChristmas = due(DeadlineKind.APPEAL, "2026-11-01");
    DueDate onTheSaturdayAfter = due(DeadlineKind.APPEAL, "2026-11-02");
    assertThat(onTheSaturdayAfter.due()).isBefore(atChristmas.due());
    assertThat(onTheSaturdayAfter.lastDay()).isEqualTo(atChristmas.lastDay());
  }
}

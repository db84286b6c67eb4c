package org.goldenthread.review;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;

/**
 * The progress a review recorded on one outcome, with its evidence. The outcome's words, success
 * criteria and target date are kept as they stood at the review, so the record stays true when the
 * plan changes later (or the outcome is removed).
 */
public record ProgressView(
    UUID outcomeId,
    String outcomeText,
    String successCriteria,
    LocalDate targetDate,
    OutcomeStatus status,
    String evidence) {}

package org.goldenthread.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's own answer, as they see it (nobody else ever does): what it is about, the two
 * answers, the comment, until when it may be changed, and its version for a change.
 */
public record FeedbackView(
    UUID id,
    FeedbackSubject subject,
    UUID subjectId,
    UUID childId,
    LocalDate heldOn,
    String term,
    FeedbackAnswer feltHeard,
    FeedbackAnswer knowsWhatNext,
    String comment,
    Instant answeredAt,
    Instant changedAt,
    LocalDate openUntil,
    long version) {}

package org.goldenthread.feedback;

/**
 * An answer as given: the two questions (null when not answered, which is refused) and the comment
 * (optional, at most {@link FamilyFeedbacks#COMMENT_LENGTH} characters).
 */
public record FeedbackInput(
    FeedbackAnswer feltHeard, FeedbackAnswer knowsWhatNext, String comment) {}

package org.goldenthread.meeting;

/**
 * A sentence starter that helps someone prepare (for example "What works well at home is…"): a
 * message key in messages.properties, and the kind of preparation it suits best.
 */
public record PreparationPrompt(String messageKey, ContributionKind suits) {}

package org.goldenthread.meeting;

/**
 * A piece of preparation as entered. {@code howGathered} is needed for the child's views (for
 * example "talked with her teaching assistant using picture cards"); {@code chairOnly} keeps it
 * between its author and the meeting's organiser (the chair).
 */
public record ContributionInput(
    ContributionKind kind, String text, String howGathered, boolean chairOnly) {}

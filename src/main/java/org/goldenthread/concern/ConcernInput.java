package org.goldenthread.concern;

/** A concern as raised: what was noticed, examples, what has been tried and what the child says. */
public record ConcernInput(String noticed, String examples, String tried, String childSays) {}

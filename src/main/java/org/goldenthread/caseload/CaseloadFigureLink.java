package org.goldenthread.caseload;

/**
 * A figure at the top of the caseload page: its name ({@link Figure}), its count, the link to the
 * list behind it, and whether that list is the one shown.
 */
public record CaseloadFigureLink(String figure, long count, String href, boolean current) {}

package org.goldenthread.caseload;

/**
 * A column header of the caseload list: its text's key, the column ({@link CaseloadSort}), the link
 * that sorts by it (the other way round when it is already sorted by it), and its aria-sort.
 */
public record CaseloadColumn(String key, String sort, String href, String ariaSort) {}

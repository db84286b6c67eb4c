package org.goldenthread.deadline;

import java.time.Instant;

/**
 * The bank holidays loaded: the whole years they cover and where they came from.
 *
 * @param version what an administrator's next load must name, so that two loads at once cannot
 *     overwrite each other unseen
 */
public record CalendarCoverage(
    int firstYear, int lastYear, String source, String loadedBy, Instant loadedAt, long version) {}

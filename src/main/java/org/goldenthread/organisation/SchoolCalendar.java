package org.goldenthread.organisation;

import java.util.List;
import java.util.UUID;

/**
 * How one school counts its days, as its staff read it.
 *
 * @param mayChange whether the person reading may change it (the school's SENCO, head or
 *     administrator, or a platform administrator)
 * @param version the school's version, to send back with a change
 */
public record SchoolCalendar(
    UUID schoolId,
    String schoolName,
    SchoolSettings settings,
    List<SchoolTerm> terms,
    long version,
    boolean mayChange) {}

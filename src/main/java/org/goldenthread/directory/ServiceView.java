package org.goldenthread.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A service of the directory as pages and the API show it: needs and languages as census codes,
 * areas as authority codes (three digits) and postcode districts ({@code NS1}).
 *
 * @param needsChecking nobody has checked it for twelve months or more
 */
public record ServiceView(
    UUID id,
    String name,
    String summary,
    String description,
    SupportKind kind,
    List<String> needs,
    List<String> areas,
    List<String> languages,
    Contact contact,
    String openingTimes,
    String cost,
    boolean free,
    boolean independent,
    LocalDate lastCheckedOn,
    boolean needsChecking,
    long version) {}

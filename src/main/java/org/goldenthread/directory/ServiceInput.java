package org.goldenthread.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A service as someone keeping the directory enters it, codes still as typed: the service checks
 * them. A null field is one left out (on a change, it keeps its value).
 */
public record ServiceInput(
    String name,
    String summary,
    String description,
    SupportKind kind,
    List<String> needs,
    List<String> areas,
    List<String> languages,
    String phone,
    String email,
    String website,
    String address,
    String openingTimes,
    String cost,
    Boolean free,
    Boolean independent,
    LocalDate lastCheckedOn) {}

package org.goldenthread.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Services as the directory's slices show them. */
final class DirectoryViews {

  private DirectoryViews() {}

  static ServiceView razem() {
    return new ServiceView(
        UUID.randomUUID(),
        "Razem: autism support for Polish-speaking families",
        "Meetings in Polish for families of autistic children.",
        "Spotkania po polsku.",
        SupportKind.SUPPORT_GROUP,
        List.of("ASD"),
        List.of("990", "NS1"),
        List.of("POL", "ENG"),
        new Contact("0113 496 0003", "razem@example.org", "https://razem.example.org", null),
        "Saturdays",
        "Free",
        true,
        true,
        LocalDate.of(2026, 9, 1),
        false,
        3);
  }

  static ServiceView unchecked() {
    return new ServiceView(
        UUID.randomUUID(),
        "Hillside Parents' Coffee Morning",
        "A monthly coffee morning.",
        null,
        SupportKind.SUPPORT_GROUP,
        List.of(),
        List.of("NS4"),
        List.of("ENG"),
        new Contact("0113 496 0043", null, null, null),
        null,
        null,
        false,
        false,
        LocalDate.of(2025, 9, 1),
        true,
        0);
  }
}

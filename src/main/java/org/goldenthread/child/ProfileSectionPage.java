package org.goldenthread.child;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One section of the one-page profile as the pages show it: its address, its text in paragraphs
 * (one per line typed), and who wrote it when.
 */
public record ProfileSectionPage(
    ProfileSectionKind kind,
    String slug,
    List<String> paragraphs,
    String writtenBy,
    Instant writtenAt,
    long version) {

  static ProfileSectionPage of(ProfileSectionView view) {
    return new ProfileSectionPage(
        view.section(),
        slug(view.section()),
        paragraphs(view.text()),
        view.writtenBy(),
        view.writtenAt(),
        view.version());
  }

  public boolean written() {
    return !paragraphs.isEmpty();
  }

  /** The section's part of a web address: HOW_I_COMMUNICATE is "how-i-communicate". */
  static String slug(ProfileSectionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<ProfileSectionKind> kindOf(String slug) {
    return Arrays.stream(ProfileSectionKind.values())
        .filter(kind -> slug(kind).equals(slug))
        .findFirst();
  }

  private static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}

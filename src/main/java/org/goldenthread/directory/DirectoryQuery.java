package org.goldenthread.directory;

/**
 * What someone searches the directory for: words, and filters that all hold together (a need code,
 * an area — an authority code or a postcode district, or a whole postcode — and a language code);
 * {@code unchecked} keeps only entries nobody has checked for twelve months. Blank means any.
 */
public record DirectoryQuery(
    String words, String need, String area, String language, boolean unchecked) {

  public static DirectoryQuery words(String words) {
    return new DirectoryQuery(words, null, null, null, false);
  }

  boolean isEmpty() {
    return blank(words) && blank(need) && blank(area) && blank(language) && !unchecked;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

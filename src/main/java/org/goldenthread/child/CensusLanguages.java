package org.goldenthread.child;

import java.util.List;
import java.util.Set;

/**
 * The languages spoken at home, as the DfE school census codes them ({@code ENG}, {@code POL}):
 * what a record stores and the API answers. Their names are the messages {@code language.<code>}.
 * The census also has answers that are not a language, offered last.
 */
public final class CensusLanguages {

  /** The languages offered, by their English names; add one here (and its name) to offer it. */
  static final List<String> LANGUAGES =
      List.of(
          "AKA", "ALB", "AMR", "ARA", "BEL", "BNG", "BSL", "BUL", "CHI", "CYM", "CZE", "DUT", "ENG",
          "EST", "FRN", "GER", "GRE", "GUJ", "HEB", "HGR", "HIN", "IGB", "ITA", "JPN", "KOR", "KUR",
          "LIT", "LTV", "MLM", "MLT", "NEP", "PAS", "PNJ", "POL", "POR", "PRS", "RMN", "RUS", "SHO",
          "SLO", "SNH", "SOM", "SPA", "SWA", "TAM", "TEL", "TGL", "TGR", "TUR", "UKR", "URD", "VIE",
          "YOR");

  /** Believed to be English, believed to be other than English, not obtained, refused. */
  static final List<String> OTHER_ANSWERS = List.of("ENB", "OTB", "NOT", "REF");

  private static final Set<String> KNOWN =
      Set.copyOf(
          java.util.stream.Stream.concat(LANGUAGES.stream(), OTHER_ANSWERS.stream()).toList());

  private CensusLanguages() {}

  /** The choices of a form: the languages by name, then the answers that are not one. */
  public static List<String> choices() {
    return java.util.stream.Stream.concat(LANGUAGES.stream(), OTHER_ANSWERS.stream()).toList();
  }

  /** The languages themselves (no answer that is not one), for a choice of languages spoken. */
  public static List<String> languages() {
    return LANGUAGES;
  }

  public static boolean isKnown(String code) {
    return code != null && KNOWN.contains(code);
  }
}

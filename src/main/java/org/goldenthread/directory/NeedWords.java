package org.goldenthread.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The everyday words people search with, joined to the census need codes they name and to the other
 * words that mean the same. The English stemmer keeps "autistic" (autist) and "autism" apart, and
 * "dyslexic" and "dyslexia": here a search for either finds both, and every service tagged with the
 * need even when its text never uses the word.
 */
final class NeedWords {

  /** What one word names: the need codes, and the words to search its text for besides it. */
  record Meaning(Set<String> needs, List<String> words) {}

  private static final Map<String, Meaning> WORDS = new LinkedHashMap<>();

  static {
    meaning(
        Set.of("ASD"),
        "autistic",
        "autism",
        "asd",
        "asc",
        "asperger",
        "aspergers",
        "neurodivergent",
        "neurodiverse");
    meaning(
        Set.of("SPLD"), "dyslexic", "dyslexia", "dyspraxia", "dyspraxic", "dyscalculia", "spld");
    meaning(Set.of("HI"), "deaf", "hearing", "hi", "deafness");
    meaning(Set.of("VI"), "blind", "sight", "visual", "visually", "vi", "partially");
    meaning(Set.of("MSI"), "deafblind", "multisensory", "msi");
    meaning(
        Set.of("SEMH"),
        "adhd",
        "attention",
        "hyperactivity",
        "anxiety",
        "anxious",
        "emotional",
        "wellbeing",
        "semh",
        "behaviour",
        "behavior");
    meaning(
        Set.of("SLCN"),
        "speech",
        "talking",
        "talk",
        "stammer",
        "stammering",
        "stutter",
        "slcn",
        "communication",
        "communicating");
    meaning(Set.of("PD"), "wheelchair", "physical", "mobility", "cerebral", "pd");
    meaning(Set.of("MLD", "SLD", "PMLD"), "learning", "disability", "disabilities");
    meaning(Set.of("MLD"), "mld");
    meaning(Set.of("SLD"), "sld");
    meaning(Set.of("PMLD"), "pmld", "profound");
  }

  private NeedWords() {}

  private static void meaning(Set<String> needs, String... words) {
    List<String> all = List.of(words);
    for (String word : words) {
      WORDS.put(word, new Meaning(needs, all));
    }
  }

  /** What the word (lower case) names, if it names a need. */
  static Optional<Meaning> of(String word) {
    return Optional.ofNullable(WORDS.get(word));
  }
}

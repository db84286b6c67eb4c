package org.goldenthread.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The child's own page reads easily: the Flesch–Kincaid grade of all its own words (the {@code
 * voice.my.*} messages, not what people wrote) is at most 5, a reading age of about 10, so that a
 * 9-year-old can read it with a little help. The syllable counter is ours, checked on words whose
 * syllables we know.
 */
class EasyReadTests {

  static final double MOST_GRADE = 5.0;

  @Test
  void theChildsPageIsWrittenForAChildOfNine() throws IOException {
    List<String> texts = childFacingTexts();
    assertThat(texts).as("the child's page has words of its own").hasSizeGreaterThan(20);

    double grade = grade(String.join("\n", texts));

    assertThat(grade)
        .as("Flesch–Kincaid grade of the child's page: %.2f", grade)
        .isLessThanOrEqualTo(MOST_GRADE);
  }

  @Test
  void syllablesAreCountedAsTheyAreSaid() {
    assertThat(syllables("cat")).isEqualTo(1);
    assertThat(syllables("page")).isEqualTo(1);
    assertThat(syllables("happy")).isEqualTo(2);
    assertThat(syllables("worried")).isEqualTo(2);
    assertThat(syllables("angry")).isEqualTo(2);
    assertThat(syllables("people")).isEqualTo(2);
    assertThat(syllables("helped")).isEqualTo(1);
    assertThat(syllables("wanted")).isEqualTo(2);
    assertThat(syllables("understanding")).isEqualTo(4);
    assertThat(syllables("participation")).isEqualTo(5);
  }

  @Test
  void aHardTextGetsAHighGrade() {
    assertThat(
            grade(
                "The participation of children in the development of individualised educational"
                    + " provision necessitates considerable organisational commitment."))
        .isGreaterThan(12);
    assertThat(grade("The cat sat on the mat. It was a big cat.")).isLessThan(2);
  }

  /** The messages of the child's own page, with their placeholders taken out. */
  static List<String> childFacingTexts() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = EasyReadTests.class.getResourceAsStream("/messages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> texts = new ArrayList<>();
    for (String key : messages.stringPropertyNames()) {
      if (key.startsWith("voice.my.")) {
        texts.add(messages.getProperty(key).replaceAll("\\{[^}]*}", " "));
      }
    }
    return texts;
  }

  /**
   * 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Each message is a sentence at
   * least (a heading has no full stop); within one, sentences end at '.', '!' or '?'.
   */
  static double grade(String text) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String message : text.split("\n")) {
      for (String sentence : message.split("[.!?]+")) {
        List<String> inIt = words(sentence);
        if (inIt.isEmpty()) {
          continue;
        }
        sentences++;
        words += inIt.size();
        syllables += inIt.stream().mapToInt(EasyReadTests::syllables).sum();
      }
    }
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    for (String word : sentence.toLowerCase(Locale.UK).split("[^a-z’']+")) {
      String letters = word.replaceAll("[’']", "");
      if (!letters.isEmpty()) {
        words.add(letters);
      }
    }
    return words;
  }

  /**
   * Syllables of a word: its groups of vowels (y counts as one), less a silent final 'e' ("page",
   * not "people") and a silent '-ed' ("helped", not "wanted"); at least one.
   */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.UK);
    int count = 0;
    boolean inVowels = false;
    for (char c : w.toCharArray()) {
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (vowel && !inVowels) {
        count++;
      }
      inVowels = vowel;
    }
    int n = w.length();
    if (n > 2 && w.endsWith("e") && !w.endsWith("le") && !vowel(w.charAt(n - 2)) && count > 1) {
      count--;
    }
    if (n > 3
        && w.endsWith("ed")
        && !vowel(w.charAt(n - 3))
        && w.charAt(n - 3) != 't'
        && w.charAt(n - 3) != 'd'
        && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }

  private static boolean vowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}

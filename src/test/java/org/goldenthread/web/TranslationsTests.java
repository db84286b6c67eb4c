package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language has every message, and says the same things with them: the same keys as English,
 * the same arguments, written so MessageFormat reads them as meant. And no template shows words of
 * its own: everything a page says comes from the bundles, so that it can be read in any language.
 */
class TranslationsTests {

  static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"WELSH", "POLISH", "URDU"})
  void everyLanguageHasEveryKeyAndNoOther(Language language) throws IOException {
    Set<String> english = read(Language.ENGLISH).keySet();
    Set<String> translated = read(language).keySet();
    assertThat(difference(english, translated))
        .as("keys in messages.properties missing from messages_%s", language.tag())
        .isEmpty();
    assertThat(difference(translated, english))
        .as("keys in messages_%s that English does not have", language.tag())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"WELSH", "POLISH", "URDU"})
  void everyTranslationTakesTheSameArguments(Language language) throws IOException {
    Map<String, String> english = read(Language.ENGLISH);
    assertThat(
            problems(
                language,
                (key, text) -> {
                  String original = english.get(key);
                  return original == null || arguments(original).equals(arguments(text))
                      ? null
                      : arguments(original) + " in English, " + arguments(text);
                }))
        .as("arguments that differ from English")
        .isEmpty();
  }

  /**
   * A text with arguments goes through MessageFormat: it must parse, keep every argument (an
   * unpaired straight apostrophe would hide the rest of the text), and a text without any is shown
   * as written, where a doubled apostrophe would show twice.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTextReadsAsWritten(Language language) throws IOException {
    assertThat(
            problems(
                language,
                (key, text) -> {
                  if (!ARGUMENT.matcher(text).find()) {
                    return text.contains("''")
                        ? "a doubled apostrophe in a text without arguments"
                        : null;
                  }
                  if (text.replace("''", "").contains("'")) {
                    return "a single straight apostrophe in a text with arguments";
                  }
                  try {
                    new MessageFormat(text, language.locale());
                    return null;
                  } catch (IllegalArgumentException e) {
                    return e.getMessage();
                  }
                }))
        .isEmpty();
  }

  /**
   * Translated, not copied: a text of several words the same as in English is a text someone
   * forgot. A few are allowed (names of organisations, examples of English words).
   */
  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"WELSH", "POLISH", "URDU"})
  void textsOfSeveralWordsAreTranslated(Language language) throws IOException {
    Map<String, String> english = read(Language.ENGLISH);
    assertThat(
            problems(
                language,
                (key, text) ->
                    text.equals(english.get(key)) && text.strip().split("\\s+").length >= 4
                        ? "left in English: " + text
                        : null))
        .as("texts left in English")
        .hasSizeLessThanOrEqualTo(english.size() / 200);
  }

  /** What a check finds wrong with one message ({@code key} and its {@code text}), or null. */
  private interface MessageCheck {
    String problem(String key, String text);
  }

  /** Everything the check finds wrong in the language's bundle, each as "key: problem". */
  private static List<String> problems(Language language, MessageCheck check) throws IOException {
    List<String> problems = new ArrayList<>();
    read(language)
        .forEach(
            (key, text) -> {
              String problem = check.problem(key, text);
              if (problem != null) {
                problems.add(key + ": " + problem);
              }
            });
    return problems;
  }

  /**
   * No words in a template: a text node outside an element whose text is replaced from the bundles,
   * or a label, title or alternative text written as it is, shows English whatever the reader
   * chose. Codes and names that are the same in every language are allowed.
   */
  @Test
  void templatesTakeEveryWordFromTheBundles() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String name = RESOURCES.resolve("templates").relativize(file).toString();
        wordsIn(Files.readString(file, StandardCharsets.UTF_8))
            .forEach(words -> found.add(name + ": " + words));
      }
    }
    assertThat(found).as("words written into templates").isEmpty();
  }

  @Test
  void theTemplateCheckFindsWordsWrittenIn() {
    assertThat(
            wordsIn(
                """
                <p th:text="#{a.b}">Prototype text is replaced</p>
                <p>Written in</p>
                <img alt="A picture" th:src="@{/x}">
                <img alt="" th:alt="#{c.d}" th:src="@{/x}">
                <a th:href="@{/}" aria-label="Home page">x</a>
                <div th:replace="~{fragment}">Replaced</div>
                <p th:text="${x} ? 'Yes please' : #{e.f}">x</p>
                <p th:text="${a} + ' to ' + ${b}">x</p>
                <p th:text="${x} ? 'Yes' : 'GIVEN'" th:classappend="'breaks'">x</p>
                <p>: – ( ) 12</p>
                <!--/* A comment for developers */-->
                """))
        .containsExactly(
            "Written in",
            "alt=\"A picture\"",
            "aria-label=\"Home page\"",
            "'Yes please'",
            "' to '",
            "'Yes'");
  }

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:each-text");
  private static final Set<String> WORDED_ATTRIBUTES =
      Set.of("alt", "title", "aria-label", "placeholder", "label", "summary");
  private static final Set<String> EXPRESSION_ATTRIBUTES =
      Set.of(
          "th:text",
          "th:utext",
          "th:alt",
          "th:title",
          "th:aria-label",
          "th:placeholder",
          "th:value");

  /** Names and codes that read the same in every language. */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE =
      Set.of("JSESSIONID", "language", "Golden Thread", "CSV", "PDF", "UPN");

  private static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
  private static final Pattern MESSAGE_KEY = Pattern.compile("[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]*)+");

  static List<String> wordsIn(String markup) {
    Document page = Jsoup.parse(markup, "", Parser.htmlParser());
    List<String> found = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      for (TextNode text : element.textNodes()) {
        String words = text.text().strip();
        if (isWords(words) && !replaced(element)) {
          found.add(words);
        }
      }
      element
          .attributes()
          .forEach(
              attribute -> {
                String key = attribute.getKey();
                if (WORDED_ATTRIBUTES.contains(key)
                    && isWords(attribute.getValue())
                    && !element.hasAttr("th:" + key)
                    && !replaced(element)) {
                  found.add(key + "=\"" + attribute.getValue() + "\"");
                }
                if (EXPRESSION_ATTRIBUTES.contains(key)) {
                  Matcher quoted = QUOTED.matcher(attribute.getValue());
                  while (quoted.find()) {
                    String literal = quoted.group(1);
                    if (isWrittenWords(literal)) {
                      found.add("'" + literal + "'");
                    }
                  }
                }
              });
    }
    return found;
  }

  /**
   * Whether a quoted literal in an expression is words for the reader ('Yes please', ' to ',
   * 'Yes'), rather than a message key, a field name ('homeLanguages') or a code ('GIVEN').
   */
  private static boolean isWrittenWords(String literal) {
    String stripped = literal.strip();
    return isWords(literal)
        && !MESSAGE_KEY.matcher(stripped).matches()
        && (stripped.matches(".*\\p{L}\\s+\\p{L}.*")
            || stripped.matches("\\p{Lu}\\p{Ll}+")
            || (!stripped.equals(literal) && A_WORD.matcher(stripped).matches()));
  }

  private static boolean isWords(String text) {
    String stripped = text.strip();
    return A_WORD.matcher(stripped).find() && !SAME_IN_EVERY_LANGUAGE.contains(stripped);
  }

  /** Whether what the template says here is replaced when the page is made. */
  private static boolean replaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      for (String attribute : REPLACING) {
        if (e.hasAttr(attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(text);
    while (argument.find()) {
      found.add(argument.group(1));
    }
    return found;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> missing = new TreeSet<>(a);
    missing.removeAll(b);
    return missing;
  }

  /**
   * A language's messages in the order of their keys (English: the base bundle,
   * messages.properties).
   */
  static Map<String, String> read(Language language) throws IOException {
    Path file =
        RESOURCES.resolve(
            language == Language.ENGLISH
                ? "messages.properties"
                : "messages_" + language.tag() + ".properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> messages = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(key -> messages.put(key, properties.getProperty(key)));
    return messages;
  }
}

package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that a template uses exists in messages.properties (the spring-petclinic
 * I18nPropertiesSyncTest idea). It reads {@code #{key}} and {@code #{key(args)}} expressions, and
 * the quoted keys given to {@code #messages.msg(…)}; a quoted key ending in a dot is a prefix
 * completed at run time ({@code 'govuk.date-input.' + part}), and must start at least one key. Keys
 * computed entirely at run time ({@code #{${item.textKey}}}) are checked by their own tests.
 */
class I18nPropertiesSyncTests {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([^}$(]+?)(?:\\(|})");
  private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.[a-zA-Z]+\\(([^)]*)");
  private static final Pattern QUOTED_KEY =
      Pattern.compile("'([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]*)+)'");

  @Test
  void everyKeyUsedInATemplateIsInMessages() throws IOException {
    Properties messages = messages();
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
        String template = Files.readString(file, StandardCharsets.UTF_8);
        for (String key : keysUsedIn(template)) {
          boolean found =
              key.endsWith(".")
                  ? messages.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key))
                  : messages.containsKey(key);
          if (!found) {
            missing.add(TEMPLATES.relativize(file) + ": " + key);
          }
        }
      }
    }
    assertThat(missing).as("message keys missing from messages.properties").isEmpty();
  }

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    // messages.properties merges by union, so two branches can each add the same key.
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : Files.readAllLines(MESSAGES, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      String key = trimmed.split("\\s*[=:]", 2)[0];
      if (!seen.add(key)) {
        duplicates.add(key);
      }
    }
    assertThat(duplicates).as("keys defined more than once").isEmpty();
  }

  /**
   * Apostrophes as people read them: a text with arguments goes through MessageFormat, where a
   * straight apostrophe must be doubled; a text without any is shown as written, where a doubled
   * one would show twice.
   */
  @Test
  void apostrophesAreWrittenForHowEachTextIsShown() throws IOException {
    Pattern argument = Pattern.compile("\\{\\d");
    List<String> wrong = new ArrayList<>();
    for (String line : Files.readAllLines(MESSAGES, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
        continue;
      }
      String text = line.split("=", 2)[1];
      boolean formatted = argument.matcher(text).find();
      String withoutDoubled = text.replace("''", "");
      if (formatted ? withoutDoubled.contains("'") : text.contains("''")) {
        wrong.add(line);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theScannerFindsEachKindOfKey() {
    assertThat(
            keysUsedIn(
                "<p th:text=\"#{a.b}\"></p> <p th:text=\"#{c.d(${x})}\"></p>"
                    + " <p th:text=\"#{${dynamic}}\"></p>"
                    + " <p th:text=\"${#messages.msg('e.f')}\"></p>"
                    + " <p th:text=\"${#messages.msg(x ? 'g.h' : 'i.j')}\"></p>"
                    + " <p th:text=\"${#messages.msgOrNull('k.l.' + part)}\"></p>"
                    + " <!--/* <p th:text=\"#{in.a.comment}\"></p> */-->"))
        .containsExactlyInAnyOrder("a.b", "c.d", "e.f", "g.h", "i.j", "k.l.");
  }

  /** The keys a template uses, leaving out its comments (whose call examples use other keys). */
  static Set<String> keysUsedIn(String markup) {
    String template = COMMENT.matcher(markup).replaceAll("");
    Set<String> keys = new TreeSet<>();
    Matcher expression = MESSAGE_EXPRESSION.matcher(template);
    while (expression.find()) {
      keys.add(expression.group(1).strip());
    }
    Matcher call = MESSAGES_CALL.matcher(template);
    while (call.find()) {
      Matcher quoted = QUOTED_KEY.matcher(call.group(1));
      while (quoted.find()) {
        keys.add(quoted.group(1));
      }
    }
    return keys;
  }

  static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    return messages;
  }
}

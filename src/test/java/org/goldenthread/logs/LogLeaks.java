package org.goldenthread.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks through log files for what must never be in a log line: a child's name or UPN, a bearer
 * token, a token in a link, a password.
 */
final class LogLeaks {

  /** What gives a secret away, by name. */
  static final Map<String, Pattern> SECRETS =
      Map.of(
          "a bearer token", Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]{16,}"),
          "a token in a link or form", Pattern.compile("(?i)token=[A-Za-z0-9._~%-]{16,}"),
          "an invitation link's token", Pattern.compile("/invitations/[A-Za-z0-9_-]{32,}"),
          "a token in JSON", Pattern.compile("(?i)\"token\"\\s*:\\s*\"[^\"]{8,}\""),
          "a password",
              Pattern.compile("(?i)password[\"']?\\s*[=:]\\s*[\"']?[^\\s\"',;&)}\\]]{4,}"));

  private final Map<String, Pattern> patterns;

  private LogLeaks(Map<String, Pattern> patterns) {
    this.patterns = patterns;
  }

  /** Secrets, and each of the given words (names, UPNs) as a word of its own. */
  static LogLeaks secretsAnd(List<String> personalData) {
    Map<String, Pattern> patterns = new LinkedHashMap<>(SECRETS);
    personalData.forEach(
        word ->
            patterns.put("\"" + word + "\"", Pattern.compile("\\b" + Pattern.quote(word) + "\\b")));
    return new LogLeaks(patterns);
  }

  /** Every line of every log file in the folder that gives something away. */
  List<Leak> in(Path folder) {
    List<Leak> leaks = new ArrayList<>();
    for (Path file : logFiles(folder)) {
      leaks.addAll(in(file, linesOf(file)));
    }
    return leaks;
  }

  List<Leak> in(Path file, List<String> lines) {
    List<Leak> leaks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      for (Map.Entry<String, Pattern> pattern : patterns.entrySet()) {
        if (pattern.getValue().matcher(lines.get(i)).find()) {
          leaks.add(new Leak(file, i + 1, pattern.getKey(), lines.get(i)));
        }
      }
    }
    return leaks;
  }

  /** The {@code .log} files in a folder (none when there is no such folder). */
  static List<Path> logFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".log")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> linesOf(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Leak(Path file, int line, String what, String text) {

    @Override
    public String toString() {
      String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
      return file.getFileName() + ":" + line + " has " + what + ": " + shown;
    }
  }
}
